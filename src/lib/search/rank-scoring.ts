/**
 * What both full-text rankers share (rank-by-word.ts, rank-together.ts): the ranked page
 * and ranking shapes, the weights (FULL_TEXT_RANKING), proximity measures and the score
 * terms. Pure.
 */
import type { ParsedQuery, Slot } from './query.ts';
import type { PagefindResult } from './pagefind-types.ts';
import { NAMES_FIELD } from './fields.ts';
import { pagefindCore, splitWords } from './excerpt.ts';

export type SortMode = 'relevance' | 'date';

/** Why a page ranks where it does; kept for tests, the CLI and debugging. */
export interface RankedPage {
  id: string;
  score: number;
  /** Slots (by index) the page matched. */
  matched: number[];
  /** Word positions per slot (empty for slots matched through metadata only). */
  positions: number[][];
  /**
   * False when the positions are every word's together, in the first slot (a page ranked
   * without its text by `rankTogether`): `positionsByWord` tells them apart once the text is loaded.
   */
  wordsApart: boolean;
  /** The page of a directive whose code is in the query. */
  pinned: boolean;
  /** Every word found in the title or the subject's names. */
  inTitle: boolean;
  /** Every word found in the subject's names (honouree name, directive aliases). */
  isNamed: boolean;
  /** 1 for an exact phrase, less the further apart the words are, 0 for one word. */
  proximity: number;
  relevance: number;
  /** One of Pagefind's results for the page, to load its data. */
  result: PagefindResult;
}

export interface Ranking {
  pages: RankedPage[];
  /** Slots nothing in the index matches, even without filters. */
  missing: Slot[];
  /** No page has every (found) word: these pages have the most of them. */
  partial: boolean;
}

/** Smallest window (in words) holding one position of each list; lists must be non-empty and sorted. */
export function minWindow(lists: readonly (readonly number[])[]): number {
  if (lists.length < 2) return 1;
  const events = lists.flatMap((l, i) => l.map((p) => [p, i] as const)).sort((a, b) => a[0] - b[0]);
  const count = new Array<number>(lists.length).fill(0);
  let covered = 0;
  let best = Infinity;
  let lo = 0;
  for (let hi = 0; hi < events.length; hi++) {
    if (count[events[hi]![1]]!++ === 0) covered++;
    while (covered === lists.length) {
      best = Math.min(best, events[hi]![0] - events[lo]![0] + 1);
      if (--count[events[lo]![1]]! === 0) covered--;
      lo++;
    }
  }
  return best;
}

/** Whether the lists hold consecutive positions p, p+1, … in list order. */
export function hasPhrase(lists: readonly (readonly number[])[]): boolean {
  if (lists.length < 2) return lists.length === 1 && lists[0]!.length > 0;
  const sets = lists.map((l) => new Set(l));
  return lists[0]!.some((p) => sets.every((s, k) => s.has(p + k)));
}

/** Proximity of the query words in a page: 1 = exact phrase; n/span otherwise. */
export function proximityOf(lists: readonly (readonly number[])[]): number {
  const present = lists.filter((l) => l.length > 0);
  if (present.length < 2) return 0;
  if (present.length === lists.length && hasPhrase(lists)) return 1;
  const span = minWindow(present);
  // Same words, right order, one word between: close but not the phrase.
  return Math.min(0.9, present.length / span);
}

export const TITLE_FIELDS = new Set(['title', NAMES_FIELD]);

/**
 * Weights of the full-text ranking, in one place, as Pagefind names its own `ranking`
 * options; each is documented where it counts. The headline tier's are HEADLINE_RANKING
 * (headline.ts). A page's relevance score is, from the strongest term down:
 * words matched × `wordsMatched` + pinned code + all words in the title or names +
 * proximity + Pagefind's own relevance, capped.
 */
export const FULL_TEXT_RANKING = {
  /** Per query word the page holds: a page with more of the words always comes first. */
  wordsMatched: 10,
  /** The page of a directive whose code is the query (alone, or with words of its title). */
  pinned: 1000,
  /** … of the issuer the code most likely means ("ct 05 tu" without diacritics: Trung ương). */
  preferredIssuer: 50,
  /** Sorting by date, a pinned page still comes first among the newest. */
  pinnedByDate: 5,
  /** A directive's own page, its code asked with other words. */
  citedCode: 2,
  /** Every word in the title or the subject's names; a share of it for some of them. */
  allInTitle: 4,
  /** Every word in the subject's names (a person, a unit). */
  named: 2,
  /** Proximity (1 for the exact phrase, less the further apart) times this. */
  proximity: 3,
  /** Pagefind's relevance (sum of log1p of its per-word scores), divided by this … */
  relevanceDivisor: 4,
  /** … and capped at this, so it orders pages the terms above tie but never overrides them. */
  relevanceCap: 1.9,
  /** Pagefind's relevance again, uncapped and tiny: orders pages that tie on everything else. */
  tieBreak: 1e-3,
} as const;
export const W = FULL_TEXT_RANKING;

/** The text terms of a relevance score, shared by `rank` and `rankTogether` so both weigh alike. */
export const textScore = (titleTerm: number, isNamed: boolean, relevance: number): number =>
  titleTerm + (isNamed ? W.named : 0) + Math.min(W.relevanceCap, relevance / W.relevanceDivisor);
/** Score in date mode: newest first (`dateRank` 0 = newest). */
export const dateScore = (id: string, dateRank: ReadonlyMap<string, number> | undefined): number => 1 / (2 + (dateRank?.get(id) ?? Number.MAX_SAFE_INTEGER / 4));
/** Higher score first, then newer, then by id, so equal pages keep one order. */
export const byScore =
  (dateRank: ReadonlyMap<string, number> | undefined) =>
  (a: { score: number; id: string }, b: { score: number; id: string }): number =>
    b.score - a.score || (dateRank ? (dateRank.get(a.id) ?? 0) - (dateRank.get(b.id) ?? 0) : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Pages whose word positions are compared; the rest keep their order without proximity (cost grows with pages). */
export const PROXIMITY_POOL = 250;

export const bits = (mask: number): number => {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
};
export const sortedUnique = (lists: readonly (readonly number[])[]): number[] =>
  lists.length === 1 ? [...lists[0]!].sort((a, b) => a - b) : [...new Set(lists.flat())].sort((a, b) => a - b);

/** Longest run of consecutive positions in a sorted list. */
export function longestRun(sorted: readonly number[]): number {
  let best = sorted.length ? 1 : 0;
  let run = 1;
  for (let i = 1; i < sorted.length; i++) {
    run = sorted[i] === sorted[i - 1]! + 1 ? run + 1 : sorted[i] === sorted[i - 1] ? run : 1;
    if (run > best) best = run;
  }
  return best;
}

/**
 * Positions of all the query's words in a page (as Pagefind reports them for a query of
 * several words), told apart by word with the page's text: the positions whose word
 * starts with one of the slot's forms, as Pagefind matched them.
 */
export function positionsByWord(query: ParsedQuery, positions: readonly number[], content: string): number[][] {
  const words = splitWords(content.trim());
  return query.slots.map((s) => {
    const forms = s.forms.map((f) => pagefindCore(f.term));
    return positions.filter((p) => {
      const w = pagefindCore(words[p] ?? '');
      return forms.some((f) => w.startsWith(f));
    });
  });
}

/** What a page's loaded data tells about the query's words: exact where estimates were. */
export interface PageText {
  /** Indexed text; word N is the Nth whitespace-separated piece. */
  content: string;
  /** The title and the subject's other names (metadata fields `title` and `aka`). */
  title: string;
  names: string;
}

/**
 * One page's facts while ranking. A class, not an object literal: a common word
 * gives some 10,000 of them per query, and their shape and allocation cost count.
 */
export class Acc {
  readonly id: string;
  readonly result: PagefindResult;
  /** Positions stay Pagefind's own arrays (one per form) until the page reaches the proximity pool. */
  readonly found: (readonly number[])[] = [];
  readonly foundSlot: number[] = [];
  positions: number[][] = [];
  readonly scores: number[];
  matched = 0;
  titled = 0;
  named = 0;
  self = false;
  selfPreferred = false;
  pinned = false;
  inTitle = false;
  isNamed = false;
  relevance = 0;
  score = 0;
  proximity = 0;
  constructor(result: PagefindResult, slots: number) {
    this.id = result.id;
    this.result = result;
    this.scores = new Array<number>(slots).fill(0);
  }
}

/** The ranked view of an Acc; positions of pages past the proximity pool are worked out when shown. */
export class Ranked implements RankedPage {
  readonly #acc: Acc;
  readonly #slots: number;
  readonly #positionsOf: (acc: Acc, sort: boolean) => number[][];
  readonly score: number;
  readonly wordsApart: boolean;
  constructor(acc: Acc, bonus: number, slots: number, positionsOf: (acc: Acc, sort: boolean) => number[][], wordsApart = true) {
    this.#acc = acc;
    this.#slots = slots;
    this.#positionsOf = positionsOf;
    this.score = acc.score + bonus;
    this.wordsApart = wordsApart;
  }
  get id() {
    return this.#acc.id;
  }
  get matched() {
    return Array.from({ length: this.#slots }, (_, i) => i).filter((i) => this.#acc.matched & (1 << i));
  }
  get positions() {
    const acc = this.#acc;
    if (!acc.positions.length) acc.positions = this.#positionsOf(acc, false);
    return acc.positions;
  }
  get pinned() {
    return this.#acc.pinned;
  }
  get inTitle() {
    return this.#acc.inTitle;
  }
  get isNamed() {
    return this.#acc.isNamed;
  }
  get proximity() {
    return this.#acc.proximity;
  }
  get relevance() {
    return this.#acc.relevance;
  }
  get result() {
    return this.#acc.result;
  }
}
