/** Vietnamese alphabetical order and the sort keys of people's names. */
import { toNFC } from './normalize.ts';

/** a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư; tones ngang < huyền < hỏi < ngã < sắc < nặng. */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

export const compareVi = (a: string, b: string): number => viCollator.compare(a, b);

/**
 * Titles, ranks and honorifics printed before a name. Longest first so that
 * "Thượng tá" wins over "Thượng".
 */
const TITLES = [
  'đồng chí',
  'ông',
  'bà',
  'anh',
  'chị',
  'cô giáo',
  'thầy giáo',
  'cô',
  'thầy',
  'bác sĩ',
  'nhà giáo ưu tú',
  'nhà giáo nhân dân',
  'nghệ sĩ ưu tú',
  'nghệ sĩ nhân dân',
  'anh hùng lao động',
  'đại tướng',
  'thượng tướng',
  'trung tướng',
  'thiếu tướng',
  'đại tá',
  'thượng tá',
  'trung tá',
  'thiếu tá',
  'đại úy',
  'thượng úy',
  'trung úy',
  'thiếu úy',
  'gs.ts',
  'pgs.ts',
  'gs',
  'pgs',
  'ts',
  'ths',
  'ts.bs',
  'bs',
  'cn',
  'ks',
]
  .map((t) => toNFC(t))
  .sort((a, b) => b.length - a.length);

/**
 * "Đại úy Phạm Văn Sơn" → "Phạm Văn Sơn"; repeated titles are all removed.
 * Ambiguous cases ("Anh" is also a family name) keep their words: editors set `sortName`.
 */
export function stripTitles(name: string): string {
  let rest = toNFC(name).trim().replace(/\s+/g, ' ');
  for (let changed = true; changed;) {
    changed = false;
    const lower = rest.toLowerCase();
    for (const t of TITLES) {
      const remainder = rest.slice(t.length).replace(/^[\s.,]+/, '');
      // A title only counts when a full name (two words or more) follows it.
      if (lower.startsWith(t) && /[\s.,]/.test(lower[t.length] ?? '') && remainder.split(' ').length >= 2) {
        rest = remainder;
        changed = true;
        break;
      }
    }
  }
  return rest;
}

/**
 * Sort key for a person's name: given name (last word), then middle names,
 * then family name — how Vietnamese directories are ordered.
 */
export function personSortKey(name: string): string {
  const words = stripTitles(name).split(' ').filter(Boolean);
  if (words.length <= 1) return words.join(' ');
  const given = words[words.length - 1]!;
  const family = words[0]!;
  const middle = words.slice(1, -1);
  return [given, ...middle, family].join(' ');
}

/** Compares two people by their Vietnamese sort keys, with the full name as tie-breaker. */
export function comparePersons(a: { name: string; sortName?: string | undefined }, b: { name: string; sortName?: string | undefined }): number {
  return compareVi(a.sortName ?? personSortKey(a.name), b.sortName ?? personSortKey(b.name)) || compareVi(a.name, b.name);
}
