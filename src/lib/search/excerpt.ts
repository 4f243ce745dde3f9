/**
 * Excerpts with the matched words marked, built from a page's indexed text and
 * the positions Pagefind reported for every form of every query word, so an
 * unaccented query ("dao duc toan") still marks "Đào Đức Toàn". Returned as
 * segments, never as HTML: the page turns them into text nodes and <mark>s.
 */
import { foldKey } from '../vi/normalize.ts';
import { parseCode, type DirectiveRef } from './directive-code.ts';
import { markedAt, type MarkTerm } from './headline-plan.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/** Pagefind's own word separator: word N of a page is the Nth piece of its content. */
export const splitWords = (content: string): string[] => content.split(/[^\S\uFEFF]+/);

/**
 * A word as Pagefind 1.6 compares it: marks stripped, lower-case, without punctuation,
 * but đ kept (it has no decomposition), so "Đền" is "đen" and never "den".
 */
export const pagefindCore = (w: string): string =>
  w
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

const core = (token: string): string => foldKey(token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));

/**
 * Index of the first word after the title at the top of the content (after an
 * optional kicker), or 0 when the title is not found there.
 */
export function titleEnd(words: readonly string[], title: string | undefined): number {
  const t = splitWords(title ?? '')
    .map(core)
    .filter(Boolean);
  if (!t.length) return 0;
  const limit = Math.min(words.length - t.length, 40);
  for (let i = 0; i <= limit; i++) {
    if (t.every((w, k) => core(words[i + k] ?? '') === w)) return i + t.length;
  }
  return 0;
}

export interface ExcerptOptions {
  /** Words in the excerpt. */
  length?: number;
  /** Matches before this word (the title) are used only when there are no others. */
  skipBefore?: number;
  /**
   * The reader's words: a word of the text matching one is marked, with or without a
   * position from Pagefind (accent-faithful: see `wordMatches`).
   */
  marks?: readonly MarkTerm[];
  /** Directive codes in the query: any spelling of them in the text is marked. */
  codes?: readonly DirectiveRef[];
  /** Word indices to mark, decided by the caller (headline results: `pairedMarks`); replaces `marks`. */
  marked?: ReadonlySet<number>;
}

/**
 * The window of `length` words holding the most distinct query words (then the
 * most matches), with every match in it marked.
 * Kept whole: choosing the window and marking in it share the positions and the word list.
 */
export function buildExcerpt(content: string, positions: readonly (readonly number[])[], options: ExcerptOptions = {}): Segment[] {
  const { length = 32, skipBefore = 0 } = options;
  const words = splitWords(content.trim());
  const marks = (options.marks ?? []).filter((t) => t.text);
  const codes = options.codes ?? [];
  const filtering = marks.length > 0 || codes.length > 0 || options.marked !== undefined;
  const codeAt = (i: number) => {
    if (!codes.length || !/\d/.test(words[i]!)) return false;
    const ref = parseCode(words[i]!.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
    return ref !== undefined && codes.some((x) => x.kind === ref.kind && x.number === ref.number);
  };
  // Pagefind also reports words that merely start with a query word ("thiệu" for "thi"), and
  // words with other accents ("Văn" for "Vân"): only the reader's words are marked.
  const isMatch = (i: number) => {
    if (options.marked) return options.marked.has(i) || codeAt(i);
    if (marks.some((t) => markedAt(words, i, t))) return true;
    if (codeAt(i)) return true;
    return !filtering && located.has(i);
  };
  const located = new Set(positions.flat());

  const candidates = positions.flatMap((list, slot) => list.map((p) => ({ p, slot }))).filter((c) => c.p < words.length && (!filtering || isMatch(c.p)));
  const inBody = candidates.filter((c) => c.p >= skipBefore);
  const pool = inBody.length ? inBody : candidates;
  let start = Math.min(skipBefore, Math.max(0, words.length - length));
  let best = -1;
  for (const c of pool) {
    const from = Math.max(0, Math.min(c.p - 6, words.length - length));
    const inside = pool.filter((x) => x.p >= from && x.p < from + length);
    const score = new Set(inside.map((x) => x.slot)).size * 1000 + inside.length;
    if (score > best) {
      best = score;
      start = from;
    }
  }
  const end = Math.min(words.length, start + length);

  // The outlet tag a sapo opens with ("(Gương Sáng) -") is the site's name, not the story's words.
  const hidden = outletTags(words, [0, skipBefore]);
  const segments: Segment[] = [];
  const push = (text: string, mark: boolean) => {
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) last.text += text;
    else if (text) segments.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  let first = true;
  for (let i = start; i < end; i++) {
    const word = words[i]!;
    if (hidden.has(i)) continue;
    if (!first) push(' ', false);
    first = false;
    if (isMatch(i)) {
      // Punctuation stays outside the mark: "<mark>Toàn</mark>,".
      const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word)!;
      push(m[1]!, false);
      push(m[2]!, true);
      push(m[3]!, false);
    } else push(word, false);
  }
  if (end < words.length) push(' …', false);
  return segments;
}

/**
 * Word indices of the outlet tag a sapo opens with ("(Gương Sáng) -", "(Báo Nghệ An) –"),
 * looked for only where a sapo starts (`starts`: the text's start, the word after the title):
 * "(xã Diễn Châu, Nghệ An) - người giữ rừng" inside a sentence is the story's own words.
 */
export function outletTags(words: readonly string[], starts: readonly number[] = [0]): Set<number> {
  const hidden = new Set<number>();
  for (const i of new Set(starts)) {
    if (!words[i]?.startsWith('(')) continue;
    for (let j = i; j < Math.min(words.length - 1, i + 5); j++) {
      if (!words[j]!.endsWith(')')) continue;
      if (/^[-–—]$/.test(words[j + 1]!)) for (let k = i; k <= j + 1; k++) hidden.add(k);
      break;
    }
  }
  return hidden;
}

/** Segments as plain text with the marked words in brackets, for the command line and tests. */
export const excerptText = (segments: readonly Segment[], open = '[', close = ']'): string => segments.map((s) => (s.mark ? `${open}${s.text}${close}` : s.text)).join('');
