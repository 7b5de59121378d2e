import { registerEnumType } from '@nestjs/graphql';

/** Languages people read Zyklus in. German is the default; English when a person prefers it. */
export enum Language {
  DE = 'de',
  EN = 'en',
}

registerEnumType(Language, {
  name: 'Language',
  description: 'Language of people-facing text (mails, messages): German by default, or English.',
  valuesMap: { DE: { description: 'Deutsch (default)' }, EN: { description: 'English' } },
});

export const DEFAULT_LANGUAGE = Language.DE;

/** A people-facing text in every language Zyklus speaks. */
export type LocalizedText = Readonly<Record<Language, string>>;

/**
 * Picks the language from an Accept-Language header: the supported language with the highest
 * quality wins, German when none is supported or the header is missing.
 */
export function languageFromAcceptHeader(header: string | undefined): Language {
  if (!header) return DEFAULT_LANGUAGE;
  const supported = new Set<string>(Object.values(Language));
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { base: tag.trim().toLowerCase().split('-')[0], quality, index };
    })
    .filter((entry) => entry.base && supported.has(entry.base) && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return (ranked[0]?.base as Language | undefined) ?? DEFAULT_LANGUAGE;
}
