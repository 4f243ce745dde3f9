/**
 * What the headline tier asks Pagefind for a parsed query, and how a stored
 * record's own text answers it. Pure: the headline engine runs the plan, tests
 * check it by hand.
 *
 * A query's words are cut into runs (codes end a run). A run of two or more
 * words is asked as its pairs (headline-words.ts), the last pair of the query
 * left open while the reader may still be typing it; a run of one word is
 * asked as that word; a code as the lookup keys of its page and of the pages
 * citing it. Every term has one or more alternatives (a word typed with the
 * input method off is asked as typed and as decoded): a page holds a term when
 * it holds any of them.
 */
import { findCodes } from './directive-code.ts';
import { foldWord, leadPair, pairWord, textWords, type HeadlineField, type HeadlineFieldKind } from './headline-words.ts';
import type { ParsedQuery, Slot } from './query.ts';
import { splitTone } from './syllable.ts';

export interface HeadlineTerm {
  kind: 'pair' | 'word' | 'code';
  /** Index words asked of Pagefind, any of which holds the term. */
  alternatives: string[];
  /** The query's slots (by index) the term stands for. */
  slots: number[];
  /** For a code: the alternatives that are a directive's own page, the preferred issuer's first. */
  selves?: string[] | undefined;
}

/** The folded forms of a word slot, as typed and as meant (Telex, VNI); đ is folded, so its form adds nothing. */
export const slotForms = (slot: Slot): string[] => [...new Set(slot.forms.map((f) => foldWord(f.term)).filter(Boolean))];

const cross = (a: readonly string[], b: readonly string[], open: boolean): string[] => a.flatMap((x) => b.map((y) => pairWord(x, y, open)));

/**
 * Terms for the pairs of every run, and the single words of one-word runs. The last pair
 * is open (a prefix) unless the query is a quoted phrase: words are typed left to right.
 */
export function pairTerms(query: ParsedQuery): HeadlineTerm[] {
  const slots = query.slots;
  const last = slots.length - 1;
  const terms: HeadlineTerm[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length === 1) terms.push({ kind: 'word', alternatives: slotForms(slots[run[0]!]!), slots: [...run] });
    for (let k = 1; k < run.length; k++) {
      const a = run[k - 1]!;
      const b = run[k]!;
      terms.push({ kind: 'pair', alternatives: cross(slotForms(slots[a]!), slotForms(slots[b]!), b === last && !query.phrase), slots: [a, b] });
    }
    run = [];
  };
  slots.forEach((slot, i) => {
    if (slot.kind === 'code' && slot.code) {
      flush();
      // The code's keys for each issuer it may mean (query.ts), the preferred one first.
      terms.push({ kind: 'code', alternatives: slot.forms.map((f) => f.term), slots: [i], selves: slot.forms.filter((f) => f.source === 'self').map((f) => f.term) });
    } else run.push(i);
  });
  flush();
  return terms.filter((t) => t.alternatives.length > 0);
}

/**
 * The same terms with each pair also asked as a pair of the lead (headline-words.ts): a page
 * holds the pair when any headline field or its lead does.
 */
export const withLeadPairs = (terms: readonly HeadlineTerm[]): HeadlineTerm[] =>
  terms.map((t) => (t.kind === 'pair' ? { ...t, alternatives: [...t.alternatives, ...t.alternatives.map(leadPair)] } : t));

/**
 * The terms left once pairs the index lacks are let go, or undefined when the headline
 * tier cannot answer. Such a pair joins two words no headline field has side by side:
 * words from two fields ("… Hùng | Nghệ An" of "Nguyễn Văn Hùng Nghệ An"), or a name no
 * story has. It is let go when both its words stand in other pairs of the query;
 * otherwise a word would be matched wherever it stands (a "Hoàng" here, a "Vân" there),
 * which is the full text's work, with its proximity ranking and missing-word report.
 */
export function withoutPairs(terms: readonly HeadlineTerm[], absent: ReadonlySet<HeadlineTerm>): HeadlineTerm[] | undefined {
  const kept = terms.filter((t) => !absent.has(t));
  const covered = new Set(kept.flatMap((t) => t.slots));
  return [...absent].every((t) => t.slots.every((i) => covered.has(i))) ? kept : undefined;
}

const accentKeys = new Map<string, { letters: string; tone: string }>();
/** A word reduced to its letters and tone, so that hòa and hoà (tone placed differently) are one spelling. Remembered, as `foldWord`. */
export function accentKey(word: string): { letters: string; tone: string } {
  let key = accentKeys.get(word);
  if (!key) {
    const { letters, tone } = splitTone(
      word
        .normalize('NFC')
        .toLowerCase()
        .replace(/['’ʼ‘]/g, ''),
    );
    key = { letters: letters.normalize('NFC'), tone };
    if (accentKeys.size > 20_000) accentKeys.clear();
    accentKeys.set(word, key);
  }
  return key;
}

/** One form the reader typed, to be found in text. */
export interface MarkTerm {
  text: string;
  /** The reader typed accents (or they were decoded): only words with those accents match. */
  exact: boolean;
  /** The word may be unfinished: words starting with it match. */
  prefix: boolean;
  /**
   * For an unfinished word after another one ("Bùi Bá D"): a word that only starts with it
   * counts right after a word matching one of these, as the pair being typed does.
   */
  after?: MarkTerm[] | undefined;
}

/**
 * Whether a word of text is the reader's word: the same letters folded (any accents,
 * đ as d) for a word typed without accents, the same letters and tone for one typed
 * with them; for an unfinished word, a word starting with it (a tone not typed yet
 * matches any).
 */
export function wordMatches(word: string, term: MarkTerm): boolean {
  const w = foldWord(word);
  const t = foldWord(term.text);
  if (!t || !(term.prefix ? w.startsWith(t) : w === t)) return false;
  if (!term.exact) return true;
  const a = accentKey(word);
  const b = accentKey(term.text);
  if (term.prefix) return a.letters.startsWith(b.letters) && (b.tone === '' || a.tone === b.tone);
  return a.letters === b.letters && a.tone === b.tone;
}

/** The forms of a slot that text should show, for marks and for ranking by accents. */
export function markTerms(query: ParsedQuery): MarkTerm[][] {
  const last = query.slots.length - 1;
  return query.slots.map((slot, i) => {
    if (slot.kind !== 'word') return [];
    const prefix = i === last && !query.phrase;
    const before = query.slots[i - 1];
    const after = prefix && before?.kind === 'word' ? formsOf(before, false) : undefined;
    return formsOf(slot, prefix).map((t) => ({ ...t, after }));
  });
}

function formsOf(slot: Slot, prefix: boolean): MarkTerm[] {
  const typed = slot.forms[0]!;
  const out: MarkTerm[] = [{ text: slot.text, exact: slot.accented, prefix }];
  for (const f of slot.forms) if (f !== typed && (f.source === 'telex' || f.source === 'vni')) out.push({ text: f.term, exact: true, prefix });
  return out;
}

/** Whether word `i` of `words` is the reader's word `term`, an unfinished one only after the word before it. */
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const bare = (w: string | undefined) => (w === undefined ? '' : /^[\p{L}\p{N}]/u.test(w) && /[\p{L}\p{N}]$/u.test(w) ? w : w.replace(EDGES, ''));

export function markedAt(words: readonly string[], i: number, term: MarkTerm): boolean {
  const word = bare(words[i]);
  if (!term.prefix || !term.after?.length) return wordMatches(word, term);
  if (wordMatches(word, { ...term, prefix: false })) return true;
  return i > 0 && wordMatches(word, term) && term.after.some((a) => wordMatches(bare(words[i - 1]), a));
}

/** Weight of a field kind when every query word stands in it. */
export const FIELD_WEIGHTS: Record<HeadlineFieldKind, number> = { title: 3, name: 3, fact: 1, lead: 0.75, tag: 0.5 };

export interface FieldMatch {
  /** Words and codes found, by the best field kind each was found in (weights summed). */
  weight: number;
  /** Every word slot found in one field, in order and adjacent (the query as a phrase). */
  phraseIn: HeadlineFieldKind | undefined;
  /** Word slots whose accented form matched exactly somewhere. */
  accentsKept: number;
  /** Word slots the reader typed with accents. */
  accented: number;
  /** The last word matched a whole word, not only a word starting with it. */
  lastWhole: boolean;
}

/**
 * How a story's headline fields hold the query's words: in which kind of field each
 * word stands, whether the words stand together in one field, and whether the
 * accents the reader typed are the story's.
 */
export function matchFields(query: ParsedQuery, fields: readonly HeadlineField[]): FieldMatch {
  const marks = markTerms(query);
  const wordSlots = query.slots.map((s, i) => (s.kind === 'word' ? i : -1)).filter((i) => i >= 0);
  const split = fields.map((f) => ({ kind: f.kind, words: textWords(f.text) }));
  const loose = (terms: readonly MarkTerm[]) => terms.map((t) => ({ ...t, exact: false }));
  let weight = 0;
  let accentsKept = 0;
  let lastWhole = false;
  const last = wordSlots[wordSlots.length - 1];
  for (const i of wordSlots) {
    let best = 0;
    for (const f of split) {
      if (f.words.some((w) => loose(marks[i]!).some((t) => wordMatches(w, t)))) best = Math.max(best, FIELD_WEIGHTS[f.kind]);
    }
    weight += best;
    if (query.slots[i]!.accented && split.some((f) => f.words.some((w) => marks[i]!.some((t) => wordMatches(w, { ...t, prefix: false }) || (t.prefix && wordMatches(w, t))))))
      accentsKept++;
    if (i === last) lastWhole = split.some((f) => f.words.some((w) => loose(marks[i]!).some((t) => wordMatches(w, { ...t, prefix: false }))));
  }
  // A code counts where the field writes it, in any spelling ("Quy định 101" in a title).
  for (const slot of query.slots) {
    if (slot.kind !== 'code' || !slot.code) continue;
    const code = slot.code;
    let best = 0;
    for (const f of fields) {
      if (findCodes(f.text).some((c) => (slot.codeKinds ?? [code.kind]).includes(c.kind) && c.number === code.number)) best = Math.max(best, FIELD_WEIGHTS[f.kind]);
    }
    weight += best;
  }
  let phraseIn: HeadlineFieldKind | undefined;
  if (wordSlots.length > 1) {
    for (const f of split) {
      const found = f.words.some((_, start) =>
        wordSlots.every((slot, k) => f.words[start + k] !== undefined && loose(marks[slot]!).some((t) => wordMatches(f.words[start + k]!, t))),
      );
      if (found && (!phraseIn || FIELD_WEIGHTS[f.kind] > FIELD_WEIGHTS[phraseIn])) phraseIn = f.kind;
    }
  }
  return { weight, phraseIn, accentsKept, accented: wordSlots.filter((i) => query.slots[i]!.accented).length, lastWhole };
}

/**
 * Words of a text to mark for a headline result: the reader's words where they stand
 * next to each other as in the query (the pairs the headline tier matched), so that a
 * name found among a story's facts does not light up a lone "Thị" of "Chỉ thị" in its
 * sapo. A word the query has on its own (a one-word run) is marked wherever it stands.
 */
export function pairedMarks(words: readonly string[], query: ParsedQuery): Set<number> {
  const terms = markTerms(query);
  const slots = query.slots;
  const at = (i: number, k: number, exact: boolean) =>
    i >= 0 && i < words.length && (terms[k] ?? []).some((t) => markedAt(words, i, exact ? t : { ...t, exact: false, after: t.after?.map((a) => ({ ...a, exact: false })) }));
  const marked = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    slots.forEach((slot, k) => {
      if (slot.kind !== 'word' || !at(i, k, true)) return;
      // Neighbours count with any accents: "Phạm Vân Sơn" marks Phạm and Sơn of "Phạm Văn Sơn".
      const prev = slots[k - 1]?.kind === 'word';
      const next = slots[k + 1]?.kind === 'word';
      if ((!prev && !next) || (prev && at(i - 1, k - 1, false)) || (next && at(i + 1, k + 1, false))) marked.add(i);
    });
  }
  return marked;
}
