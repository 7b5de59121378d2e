import { DEFAULT_LANGUAGE, Language, languageFromAcceptHeader } from './language';
import { requestLanguage, RequestWithLanguage } from './request-language';

describe('languageFromAcceptHeader', () => {
  it('answers in German when there is no header', () => {
    expect(DEFAULT_LANGUAGE).toBe(Language.DE);
    expect(languageFromAcceptHeader(undefined)).toBe(Language.DE);
    expect(languageFromAcceptHeader('')).toBe(Language.DE);
  });

  it.each([
    ['en', Language.EN],
    ['de', Language.DE],
    ['en-GB', Language.EN],
    ['EN-us', Language.EN],
    ['de-AT', Language.DE],
    ['  en-GB  ', Language.EN],
  ])('reads %p as %s', (header, language) => {
    expect(languageFromAcceptHeader(header)).toBe(language);
  });

  it('picks the supported language with the highest quality', () => {
    expect(languageFromAcceptHeader('de;q=0.5, en;q=0.9')).toBe(Language.EN);
    expect(languageFromAcceptHeader('en;q=0.4,de;q=0.8')).toBe(Language.DE);
    expect(languageFromAcceptHeader('en-GB;q=0.7, de-DE; q=0.3')).toBe(Language.EN);
  });

  it('counts a tag without q as quality 1', () => {
    expect(languageFromAcceptHeader('de;q=0.9, en')).toBe(Language.EN);
  });

  it('keeps the header order between equal qualities', () => {
    expect(languageFromAcceptHeader('en, de')).toBe(Language.EN);
    expect(languageFromAcceptHeader('de, en')).toBe(Language.DE);
    expect(languageFromAcceptHeader('en;q=0.5, de;q=0.5')).toBe(Language.EN);
  });

  it('skips languages Zyklus does not speak', () => {
    expect(languageFromAcceptHeader('fr-FR, fr;q=0.9, en;q=0.8, de;q=0.7')).toBe(Language.EN);
    expect(languageFromAcceptHeader('fr, es;q=0.9')).toBe(Language.DE);
    expect(languageFromAcceptHeader('*')).toBe(Language.DE);
  });

  it('never picks a language the client refuses with q=0', () => {
    expect(languageFromAcceptHeader('en;q=0')).toBe(Language.DE);
    expect(languageFromAcceptHeader('en;q=0, fr')).toBe(Language.DE);
  });

  it('ignores entries with an unreadable quality', () => {
    expect(languageFromAcceptHeader('en;q=abc, de;q=0.1')).toBe(Language.DE);
  });

  it('does not mistake a language that only starts like a supported one', () => {
    expect(languageFromAcceptHeader('eng, dee')).toBe(Language.DE);
    expect(languageFromAcceptHeader('dee;q=1, en;q=0.2')).toBe(Language.EN);
  });
});

describe('requestLanguage', () => {
  const request = (headers: Record<string, string>, preferredLanguage?: Language) =>
    ({ headers, preferredLanguage }) as unknown as RequestWithLanguage;

  it("prefers the signed-in person's language over the header", () => {
    expect(requestLanguage(request({ 'accept-language': 'en' }, Language.DE))).toBe(Language.DE);
    expect(requestLanguage(request({ 'accept-language': 'de' }, Language.EN))).toBe(Language.EN);
  });

  it('falls back to the header, then to German', () => {
    expect(requestLanguage(request({ 'accept-language': 'en-GB' }))).toBe(Language.EN);
    expect(requestLanguage(request({}))).toBe(Language.DE);
    expect(requestLanguage(undefined)).toBe(Language.DE);
  });
});
