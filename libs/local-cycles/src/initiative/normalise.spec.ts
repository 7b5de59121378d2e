import { citiesClose, namesClose, normalise } from './normalise';

describe('normalised comparison of initiatives (the fallback without pg_trgm)', () => {
  it('spells umlauts out and drops case, punctuation and legal forms', () => {
    expect(normalise('Schülerlabor Ostalb e.V.')).toBe('schuelerlabor ostalb');
    expect(normalise('Schuelerlabor  OSTALB')).toBe('schuelerlabor ostalb');
    expect(normalise('Technik-Scouts gGmbH')).toBe('technik scouts');
  });

  it('finds the same initiative written differently, and not a different one', () => {
    expect(namesClose('Schülerlabor Ostalb e.V.', 'Schuelerlabor Ostalb')).toBe(true);
    expect(namesClose('Robotik-AG', 'Robotik AG Gymnasium Aalen')).toBe(true);
    expect(namesClose('Jugend forscht Club Aalen', 'Club Aalen Jugend forscht')).toBe(true);
    expect(namesClose('Schülerlabor Ostalb', 'Sternwarte Aalen')).toBe(false);
    expect(citiesClose('Schwäbisch Gmünd', 'Schwaebisch Gmuend')).toBe(true);
    expect(citiesClose('Aalen', 'Ellwangen')).toBe(false);
  });
});
