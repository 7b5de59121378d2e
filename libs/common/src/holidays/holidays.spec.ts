import { holidayOn, holidaysBetween, holidayWarnings, isDayOff } from './holidays';

describe('public holidays per Bundesland', () => {
  it('knows Fronleichnam in Bayern but not in Berlin', () => {
    expect(holidayOn('BAYERN', '2025-06-19')).toEqual({
      date: '2025-06-19',
      name: 'Fronleichnam',
      nameEn: 'Corpus Christi',
    });
    expect(holidayOn('BERLIN', '2025-06-19')).toBeNull();
  });

  it('knows the holidays only some states have: Frauentag (Berlin), Reformationstag (Sachsen)', () => {
    expect(holidayOn('BERLIN', '2025-03-08')?.name).toBe('Internationaler Frauentag');
    expect(holidayOn('BAYERN', '2025-03-08')).toBeNull();
    expect(holidayOn('SACHSEN', '2025-10-31')?.name).toBe('Reformationstag');
    expect(holidayOn('NORDRHEIN_WESTFALEN', '2025-10-31')).toBeNull();
    expect(holidayOn('SACHSEN', '2025-11-19')?.name).toBe('Buß- und Bettag');
  });

  it('computes movable feasts per year (Easter Monday 2025 and 2026)', () => {
    expect(holidayOn('HAMBURG', '2025-04-21')?.name).toBe('Ostermontag');
    expect(holidayOn('HAMBURG', '2026-04-06')?.name).toBe('Ostermontag');
    expect(holidayOn('HAMBURG', '2026-04-21')).toBeNull();
  });

  it('lists the holidays of a span across a year end, in order', () => {
    expect(holidaysBetween('NIEDERSACHSEN', '2025-12-20', '2026-01-10')).toEqual([
      { date: '2025-12-25', name: '1. Weihnachtstag', nameEn: 'Christmas Day' },
      { date: '2025-12-26', name: '2. Weihnachtstag', nameEn: 'Boxing Day' },
      { date: '2026-01-01', name: 'Neujahr', nameEn: "New Year's Day" },
    ]);
  });

  it('counts weekends and the place’s holidays as days off, and names holidays picked', () => {
    expect(isDayOff('2025-06-21')).toBe(true); // Saturday
    expect(isDayOff('2025-06-19')).toBe(false); // Thursday, no Bundesland known
    expect(isDayOff('2025-06-19', 'BADEN_WUERTTEMBERG')).toBe(true);
    expect(holidayWarnings('BAYERN', ['2025-06-18', '2025-06-19'])).toEqual([
      { date: '2025-06-19', holiday: expect.objectContaining({ name: 'Fronleichnam' }) },
    ]);
    expect(holidayWarnings(null, ['2025-06-19'])).toEqual([]);
  });
});
