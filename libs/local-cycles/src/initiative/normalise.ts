/** Legal forms and filler words that say nothing about which initiative it is. */
const NOISE = new Set([
  'e',
  'v',
  'ev',
  'gmbh',
  'ggmbh',
  'ug',
  'gug',
  'ag',
  'der',
  'die',
  'das',
  'und',
]);

/**
 * A name or city in a form two spellings of the same thing share: lower case, umlauts and ß
 * spelled out, accents dropped, punctuation and legal forms (e. V., gGmbH) removed.
 * "Schülerlabor Ostalb e.V." and "Schuelerlabor  OSTALB" both become "schuelerlabor ostalb".
 */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word && !NOISE.has(word))
    .join(' ');
}

/**
 * The fallback where PostgreSQL has no pg_trgm: two names are close when their normalised
 * forms are equal, one contains the other, or they share most words.
 */
export function namesClose(a: string, b: string): boolean {
  const x = normalise(a);
  const y = normalise(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 5 && long.includes(short)) return true;
  const wordsX = new Set(x.split(' '));
  const wordsY = new Set(y.split(' '));
  const shared = [...wordsX].filter((word) => wordsY.has(word)).length;
  return shared / Math.max(wordsX.size, wordsY.size) >= 0.6;
}

/** Cities are close when their normalised forms are equal ("Frankfurt (Oder)" ≠ "Frankfurt"). */
export function citiesClose(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}
