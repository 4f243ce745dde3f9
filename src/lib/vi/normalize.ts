/** Unicode normalisation and diacritic folding for Vietnamese text. */

/** NFC form of a string; Vietnamese keyboards on some systems emit NFD. */
export const toNFC = (s: string): string => s.normalize('NFC');

/** Deeply NFC-normalises every string inside plain data (front matter). */
export function toNFCDeep(value: unknown): unknown {
  if (typeof value === 'string') return toNFC(value);
  if (Array.isArray(value)) return value.map(toNFCDeep);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNFCDeep(v)]));
  }
  return value;
}

/**
 * Removes tone and vowel marks and maps đ/Đ to d/D. `đ` has no Unicode
 * decomposition, so NFD alone leaves it in place.
 */
export function foldDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** Lower-case, folded form used to compare words regardless of accents. */
export const foldKey = (s: string): string => foldDiacritics(s).toLowerCase();
