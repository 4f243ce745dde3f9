/**
 * The words of the headline index (the first search tier). Pagefind indexes
 * every Vietnamese syllable as a word, and most syllables are in most stories,
 * so a query of common syllables costs Pagefind thousands of pages. The
 * headline index also holds every pair of adjacent syllables of a story's
 * headline fields as one word ("Đào Đức Toàn" → `zzdaoducz`, `zzductoanz`):
 * pairs are rare, so their index chunks and answers are small.
 *
 * - Words are folded to lower-case ASCII (marks dropped, đ → d, apostrophes
 *   dropped), the same way for pages and queries, so "dao duc", "Đào Đức" and
 *   "đào đức" meet. Accents are honoured afterwards, when the results are ranked
 *   and marked against the stories' own text.
 * - A pair starts with `zz` (no Vietnamese word does), so a one-syllable query
 *   never prefix-matches a pair, and pairs sort into chunks of their own; it
 *   ends with `z`, so a pair asked whole ("zzbuibaz") does not match a longer
 *   one ("zzbuibachz"), while the pair being typed, asked without the `z`
 *   ("zzbad" for "Bùi Bá D"), matches every pair it starts.
 * - Pairs of the lead (the sapo) start with `zy` instead, unless a headline
 *   field of the same story holds the pair too. The lead of most stories names
 *   the same few things ("cán bộ, đảng viên"), so its pairs are common: asked
 *   apart, a query costs only the headline fields' pairs, and the lead's are
 *   asked when those find nothing (headline.ts).
 * - Names written with an apostrophe (H'Hen Niê, Cư M'gar, Y'Moan) are one word.
 *
 * Pure: the index step writes records with it, the query layer asks with it.
 */
import { foldKey } from '../vi/normalize.ts';

/** A word of text: letters, marks and digits, with apostrophes inside it (H'Hen, M’gar). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ‘][\p{L}\p{M}\p{N}]+)*/gu;
const APOSTROPHES = /['’ʼ‘]/g;

/** The words of a text, as written (NFC), apostrophe names whole. */
export const textWords = (text: string): string[] => text.normalize('NFC').match(WORD) ?? [];

const folded = new Map<string, string>();
/**
 * A word as the headline index holds it: lower-case ASCII, marks off, đ → d, no apostrophe.
 * Remembered: marking an excerpt compares every word of a story with every query word.
 */
export function foldWord(word: string): string {
  let f = folded.get(word);
  if (f === undefined) {
    f = foldKey(word.normalize('NFC')).replace(APOSTROPHES, '');
    if (folded.size > 20_000) folded.clear();
    folded.set(word, f);
  }
  return f;
}

/** Marks a pair word; no Vietnamese word starts with it. */
export const PAIR_START = 'zz';
/** Closes a pair word, so that a pair asked whole matches only itself. */
export const PAIR_END = 'z';

/** Marks a pair word of the lead; no Vietnamese word starts with it either. */
export const LEAD_PAIR_START = 'zy';
/** Whether an index word is a pair (of either family). */
export const isPairWord = (word: string): boolean => word.startsWith(PAIR_START) || word.startsWith(LEAD_PAIR_START);

/** The index word of two adjacent (folded) syllables; `open` leaves it unclosed, for the pair being typed. */
export const pairWord = (a: string, b: string, open = false): string => `${PAIR_START}${a}${b}${open ? '' : PAIR_END}`;

/** The same pair (closed or open) as a pair of the lead's family. */
export const leadPair = (pair: string): string => LEAD_PAIR_START + pair.slice(PAIR_START.length);

/** A headline field of a story, by kind: the kind weighs in ranking. The lead is the sapo, without its outlet tag. */
export type HeadlineFieldKind = 'title' | 'name' | 'fact' | 'tag' | 'lead';

/** The sapo as story text: without the outlet tag it opens with ("(Gương Sáng) -"), which every story shares. */
export const leadText = (sapo: string): string => sapo.replace(/^\s*\([^)]{1,60}\)\s*[-–—]\s*/, '');

export interface HeadlineField {
  kind: HeadlineFieldKind;
  text: string;
}

/**
 * The text Pagefind indexes for one story: every word of every field (folded),
 * every pair of adjacent words within a field, then extra words (lookup keys
 * such as directive codes), space-separated. Pairs never cross a field.
 */
export function headlineContent(fields: readonly HeadlineField[], keys: readonly string[] = []): string {
  const out = new Set<string>();
  // The lead last: its pairs that a headline field holds already are not written again.
  for (const field of [...fields.filter((f) => f.kind !== 'lead'), ...fields.filter((f) => f.kind === 'lead')]) {
    const folded = textWords(field.text).map(foldWord).filter(Boolean);
    folded.forEach((w, i) => {
      out.add(w);
      if (i === 0) return;
      const pair = pairWord(folded[i - 1]!, w);
      out.add(field.kind === 'lead' && !out.has(pair) ? leadPair(pair) : pair);
    });
  }
  for (const k of keys) out.add(k);
  return [...out].join(' ');
}
