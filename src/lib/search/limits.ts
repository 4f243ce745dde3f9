/**
 * How long a query the search works on, and what the page says when a reader
 * types or pastes more. Pure and tiny: the search page's own script (URL state,
 * the results note) and the query layer in the worker both use it.
 *
 * - MAX_QUERY_WORDS: each word is asked of Pagefind in each of its forms (as
 *   typed, with đ, decoded Telex/VNI), and several words together once per
 *   combination of their forms, so the cost grows with every word; 12 covers a
 *   full name with its place and title, or a headline, and a directive code
 *   counts as one word.
 * - MAX_QUERY_CHARS: 200 characters hold 12 long words and a directive code
 *   with room to spare; a longer query is a pasted paragraph. It also bounds the
 *   URL: a character (UTF-16 unit) is at most 9 characters percent-encoded, so
 *   `q` stays under 1.8 kB (see url-state.ts).
 *
 * Characters are counted after NFC and with runs of spaces as one.
 */

/** Longest query searched, in words (a directive code counts as one word). */
export const MAX_QUERY_WORDS = 12;
/** Longest query searched, in characters (UTF-16 units, after NFC, spaces collapsed). */
export const MAX_QUERY_CHARS = 200;
/** Longest list of left-out words the note quotes, in characters: the rest is "…". */
const MAX_NOTE_CHARS = 80;

/** Which limit left words out of a search. */
export type QueryLimit = 'words' | 'chars';

/** What a search left out of a query too long for it. */
export interface QueryCut {
  limit: QueryLimit;
  /** The text not searched, as typed (NFC, spaces collapsed; only its start, for a very long paste). */
  dropped: string;
}

/**
 * Text cut to `max` characters: at the last space before the limit when the limit
 * falls inside a word (one giant word is cut inside it), never inside a surrogate pair.
 */
export function clipChars(text: string, max = MAX_QUERY_CHARS): { kept: string; rest: string } {
  if (text.length <= max) return { kept: text, rest: '' };
  let cut = max;
  if (/[\ud800-\udbff]/.test(text[cut - 1]!)) cut -= 1;
  if (!/\s/.test(text[cut]!)) {
    const space = text.slice(0, cut).search(/\s\S*$/);
    if (space > 0) cut = space;
  }
  return { kept: text.slice(0, cut).trimEnd(), rest: text.slice(cut).trim() };
}

/** The search page's note on words not searched, e.g. "Chỉ tìm theo 12 từ đầu; bỏ qua: “…”." */
export function limitNote(cut: QueryCut): string {
  let left = cut.dropped;
  if (left.length > MAX_NOTE_CHARS) left = `${clipChars(left, MAX_NOTE_CHARS).kept}…`;
  const first = cut.limit === 'words' ? `${MAX_QUERY_WORDS} từ đầu` : `${MAX_QUERY_CHARS} ký tự đầu`;
  return `Chỉ tìm theo ${first}; bỏ qua: “${left}”.`;
}
