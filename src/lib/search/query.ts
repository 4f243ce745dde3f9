/**
 * What a reader's query means: NFC, straight quotes, directive codes, and for
 * every word the forms to look up (as typed; with đ for a leading d; decoded
 * from Telex or VNI). Pure; the engine sends the forms to Pagefind.
 */
import { citeQuery, describeRef, findCodes, ISSUER_WORDS, queryIssuers, queryKinds, selfQuery, type CodeKind, type DirectiveRef } from './directive-code.ts';
import { normIssuer } from '../vi/directive-code.ts';
import { decodeTyped } from './input-method.ts';
import { textWords } from './headline-words.ts';
import { clipChars, MAX_QUERY_CHARS, MAX_QUERY_WORDS, type QueryCut } from './limits.ts';

export type FormSource = 'typed' | 'dbar' | 'telex' | 'vni' | 'self' | 'cite';

/** One string sent to Pagefind for a slot. */
export interface Form {
  term: string;
  source: FormSource;
}

/** One thing the reader asked for: a word, or a directive code. */
export interface Slot {
  /** As the reader wrote it (NFC). */
  text: string;
  kind: 'word' | 'code';
  forms: Form[];
  /** Words typed with diacritics prefer pages with the same diacritics. */
  accented: boolean;
  /** The word the reader meant, when it was decoded (Telex, VNI). */
  meant?: string | undefined;
  code?: DirectiveRef | undefined;
  /** The kinds the code may mean (a bare "QĐ 123": Quy định or Quyết định). */
  codeKinds?: CodeKind[] | undefined;
  /** For a code: its words, searched as text if no page carries the code. */
  fallback?: string | undefined;
}

export interface ParsedQuery {
  /** The query searched, after normalisation: cut to the limits when it was longer. */
  text: string;
  slots: Slot[];
  /** The whole query was in double quotes: only contiguous matches count. */
  phrase: boolean;
  /** The query was longer than the limits: what was left out, for the results page to say. */
  cut?: QueryCut | undefined;
}

/** Longest query the engine works on, in slots; the rest is left out, and `cut` says so. */
export const MAX_SLOTS = MAX_QUERY_WORDS;
/** Of a pasted text this long or longer, only the start is read (and the rest is left out). */
const MAX_READ = 8 * MAX_QUERY_CHARS;

/** NFC, curly quotes as straight ones, one space between words. */
export function normalizeQuery(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const ASCII = /^[\x00-\x7f]+$/;
const APOSTROPHE = /['’ʼ‘]/g;
/**
 * Splits text into words the way Pagefind reads them: letters and digits, punctuation
 * dropped, except an apostrophe inside a word (H'Hen, M’gar), which Pagefind keeps as one word.
 */
export const words = (text: string): string[] => textWords(text);

/** The forms of one word. */
export function wordSlot(word: string): Slot {
  // Pagefind indexes "H'Hen" as "hhen": asked so, typed with ', ’ or no apostrophe alike.
  const lower = word.toLowerCase().replace(APOSTROPHE, '');
  const forms: Form[] = [{ term: lower, source: 'typed' }];
  let meant: string | undefined;
  // An apostrophe name is a name, never Telex.
  if (ASCII.test(word) && !APOSTROPHE.test(word)) {
    const decoded = decodeTyped(word);
    if (decoded) {
      meant = decoded.text;
      forms.push({ term: decoded.text.toLowerCase(), source: decoded.method });
    }
    // đ has no decomposition: "dang" must also look for "đang" (which Pagefind folds to every tone).
    if (/^d(?!d)[a-z]/.test(lower)) forms.push({ term: `đ${lower.slice(1)}`, source: 'dbar' });
  }
  return { text: word, kind: 'word', forms, accented: !ASCII.test(word), meant };
}

/** Word slots of `segment` (which starts at `offset` of the body), each with where it starts. */
function wordSlots(segment: string, offset: number): [Slot, number][] {
  let cursor = 0;
  return words(segment).map((w) => {
    const i = segment.indexOf(w, cursor);
    cursor = i + w.length;
    return [wordSlot(w), offset + i];
  });
}

/**
 * The query's slots, at most MAX_SLOTS of them from at most MAX_QUERY_CHARS characters:
 * the words left out past either limit come back in `cut`.
 */
export function parseQuery(raw: string): ParsedQuery {
  const all = normalizeQuery(raw.length > MAX_READ ? raw.slice(0, MAX_READ) : raw);
  const phrase = /^".+"$/.test(all);
  const { kept: body, rest } = clipChars(phrase ? all.slice(1, -1) : all);
  const slots: [Slot, number][] = [];
  let at = 0;
  for (const found of findCodes(body)) {
    if (found.start < at) continue;
    slots.push(...wordSlots(body.slice(at, found.start), at));
    let code = found;
    // "ct 05 tu": an issuer typed after a spoken code belongs to it.
    // Only where it cannot be a word of the query ("chỉ thị 05 tư tưởng", "nghị quyết 08 du lịch"):
    // the query's last word, or written as an abbreviation (capitals, dots).
    const after = !found.written && !found.issuer ? /^\s+([\p{L}.]{2,6})(?![\p{L}\p{N}])/u.exec(body.slice(found.end)) : null;
    const abbreviation = after !== null && (/^\s*$/.test(body.slice(found.end + after[0].length)) || after[1] === after[1]!.toUpperCase() || after[1]!.includes('.'));
    const issuer = after && abbreviation ? normIssuer(after[1]) : undefined;
    if (after && issuer && ISSUER_WORDS.has(issuer)) code = { ...found, issuer, end: found.end + after[0].length, text: body.slice(found.start, found.end + after[0].length) };
    // Each kind and issuer the code may mean, in order of preference (Quy định first for a bare
    // "QĐ", Trung ương first for a bare "TU").
    const forms: Form[] = queryKinds(code).flatMap((kind) =>
      queryIssuers(code).flatMap((i): Form[] => [
        { term: selfQuery({ ...code, kind, issuer: i }), source: 'self' },
        { term: citeQuery({ ...code, kind, issuer: i }), source: 'cite' },
      ]),
    );
    slots.push([{ text: code.text, kind: 'code', forms, accented: false, meant: describeRef(code), code, codeKinds: queryKinds(code), fallback: code.text }, found.start]);
    at = code.end;
  }
  slots.push(...wordSlots(body.slice(at), at));
  const over = slots.slice(MAX_SLOTS);
  const searched = over.length ? body.slice(0, over[0]![1]).trimEnd() : body;
  const dropped = `${over.length ? body.slice(over[0]![1]) : ''} ${words(rest).length ? rest : ''}`.trim();
  const cut: QueryCut | undefined = dropped ? { limit: over.length ? 'words' : 'chars', dropped } : undefined;
  return { text: phrase ? `"${searched}"` : searched, slots: slots.slice(0, MAX_SLOTS).map(([s]) => s), phrase, cut };
}

/** How the engine understood the query, for "Đang tìm: …" lines: decoded words in place of typed ones. */
export const understood = (q: ParsedQuery): string => q.slots.map((s) => s.meant ?? s.text).join(' ');
