/**
 * Ranking over Pagefind's per-word answers. Pagefind is asked once per form of
 * every query word; this module joins the answers per page and orders pages by,
 * in this order of weight:
 *   1. the page of a directive whose code the reader typed;
 *   2. how many of the query's words the page contains (all before some);
 *   3. whether every word is in the page's title or in the subject's names;
 *   4. how close together the words stand (an exact phrase counts most);
 *   5. Pagefind's own relevance (term frequency, rarity, exact diacritics).
 * Pure: the engine feeds it the responses, tests feed it hand-made ones.
 */
import type { ParsedQuery, Slot } from './query.ts';
import type { PagefindResponse, PagefindResult } from './pagefind-types.ts';
import { KEYS_FIELD, NAMES_FIELD } from './fields.ts';
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

const TITLE_FIELDS = new Set(['title', NAMES_FIELD]);

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
const W = FULL_TEXT_RANKING;

/** The text terms of a relevance score, shared by `rank` and `rankTogether` so both weigh alike. */
const textScore = (titleTerm: number, isNamed: boolean, relevance: number): number =>
  titleTerm + (isNamed ? W.named : 0) + Math.min(W.relevanceCap, relevance / W.relevanceDivisor);
/** Score in date mode: newest first (`dateRank` 0 = newest). */
const dateScore = (id: string, dateRank: ReadonlyMap<string, number> | undefined): number => 1 / (2 + (dateRank?.get(id) ?? Number.MAX_SAFE_INTEGER / 4));
/** Higher score first, then newer, then by id, so equal pages keep one order. */
const byScore =
  (dateRank: ReadonlyMap<string, number> | undefined) =>
  (a: { score: number; id: string }, b: { score: number; id: string }): number =>
    b.score - a.score || (dateRank ? (dateRank.get(a.id) ?? 0) - (dateRank.get(b.id) ?? 0) : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Pages whose word positions are compared; the rest keep their order without proximity (cost grows with pages). */
export const PROXIMITY_POOL = 250;

const bits = (mask: number): number => {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
};
const sortedUnique = (lists: readonly (readonly number[])[]): number[] =>
  lists.length === 1 ? [...lists[0]!].sort((a, b) => a - b) : [...new Set(lists.flat())].sort((a, b) => a - b);

/**
 * Joins per-form responses (keyed by the form's term) into ranked pages.
 * `dateRank` (page id → 0 for newest) orders pages by date in `date` mode.
 * Cheap facts (words present, title, relevance) order every page; word
 * positions are compared for the best PROXIMITY_POOL pages only.
 */
export function rank(query: ParsedQuery, responses: ReadonlyMap<string, PagefindResponse>, mode: SortMode = 'relevance', dateRank?: ReadonlyMap<string, number>): Ranking {
  const slots = query.slots;
  const missing = slots.filter((s) => s.forms.every((f) => (responses.get(f.term)?.unfilteredResultCount ?? 0) === 0));
  const live = slots.map((s) => !missing.includes(s));
  const wordSlots = slots.map((s, i) => (s.kind === 'word' && live[i] ? i : -1)).filter((i) => i >= 0);
  const wordMask = wordSlots.reduce((m, i) => m | (1 << i), 0);
  const liveMask = live.reduce((m, l, i) => (l ? m | (1 << i) : m), 0);

  const pages = new Map<string, Acc>();
  slots.forEach((slot, i) => {
    if (!live[i]) return;
    const bit = 1 << i;
    const firstSelf = slot.forms.find((f) => f.source === 'self');
    for (const form of slot.forms) {
      const self = form.source === 'self';
      for (const r of responses.get(form.term)?.results ?? []) {
        let acc = pages.get(r.id);
        if (!acc) {
          acc = new Acc(r, slots.length);
          pages.set(r.id, acc);
        }
        acc.matched |= bit;
        if (r.words.length) {
          acc.found.push(r.words);
          acc.foundSlot.push(i);
        }
        if (r.score > acc.scores[i]!) acc.scores[i] = r.score;
        const meta = r.matchedMetaFields;
        if (meta) {
          for (const m of meta) {
            if (TITLE_FIELDS.has(m)) acc.titled |= bit;
            if (m === NAMES_FIELD) acc.named |= bit;
          }
        }
        // A code matched in the keys of the directive's own page.
        if (self && (meta ?? [KEYS_FIELD]).includes(KEYS_FIELD)) {
          acc.self = true;
          // The issuer the code most likely means ("ct 05 tu": Trung ương) before the others.
          if (form === firstSelf) acc.selfPreferred = true;
        }
      }
    }
  });

  // All the words, as Pagefind would; when no page has them all, the pages with the most.
  let best = 0;
  for (const acc of pages.values()) best = Math.max(best, bits(acc.matched));
  const words = wordSlots.length;
  const kept: Acc[] = [];
  for (const acc of pages.values()) {
    if (bits(acc.matched) !== best) continue;
    const titled = bits(acc.titled & wordMask);
    acc.inTitle = words > 0 && titled === words;
    acc.isNamed = words > 0 && bits(acc.named & wordMask) === words;
    for (let i = 0; i < slots.length; i++) acc.relevance += Math.log1p(acc.scores[i]!);
    // The code alone, or with words that are all in the directive's title or names: its page comes first.
    // With other words ("sơ kết chỉ thị 05 Nghệ An") the code is one strong word among others.
    acc.pinned = acc.self && (words === 0 || acc.inTitle);
    const cited = acc.self && !acc.pinned ? W.citedCode : 0;
    acc.score =
      mode === 'date'
        ? (acc.pinned ? W.pinnedByDate : 0) + dateScore(acc.id, dateRank)
        : (acc.pinned ? W.pinned + (acc.selfPreferred ? W.preferredIssuer : 0) : 0) +
          textScore(acc.inTitle ? W.allInTitle : titled / Math.max(1, words), acc.isNamed, acc.relevance) +
          cited;
    kept.push(acc);
  }
  const order = byScore(dateRank);
  kept.sort(order);

  // Word positions: every page for an exact phrase query, the best pool otherwise.
  const slotPositions = (acc: Acc, sort: boolean): number[][] =>
    slots.map((_, i) => {
      const lists = acc.found.filter((_, k) => acc.foundSlot[k] === i);
      return sort ? sortedUnique(lists) : lists.length === 1 ? (lists[0] as number[]) : lists.flat();
    });
  const pool = query.phrase || mode === 'date' ? kept.length : Math.min(kept.length, PROXIMITY_POOL);
  const phraseOk = new Set<Acc>();
  for (let k = 0; k < pool; k++) {
    const acc = kept[k]!;
    acc.positions = slotPositions(acc, true);
    const lists = wordSlots.map((i) => acc.positions[i]!);
    if (query.phrase && words > 1 && !hasPhrase(lists)) continue;
    phraseOk.add(acc);
    acc.proximity = proximityOf(lists);
    if (mode !== 'date') acc.score += acc.proximity * W.proximity;
  }
  const head = kept
    .slice(0, pool)
    .filter((a) => !query.phrase || words < 2 || phraseOk.has(a))
    .sort(order);
  const tail = query.phrase && words > 1 ? [] : kept.slice(pool);
  const ranked = [...head, ...tail].map((acc) => new Ranked(acc, best * W.wordsMatched, slots.length, slotPositions));
  return { pages: ranked, missing, partial: ranked.length > 0 && best < bits(liveMask) };
}

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
 * Ranks the answers to queries of all the words together (one query per
 * combination of the words' forms, each known to hold every word): every page
 * has every word, so no per-word answers are needed. Pagefind does not say which
 * of its matched positions and fields belong to which word, so without a page's
 * text the title, name and proximity terms are bounds from below (one word in the
 * title when a title field matched, none in the names, no proximity); pages whose
 * text is then given (`refine`, with the first results, loaded anyway to be shown)
 * get the exact terms of `rank`. An exact term is never below its bound, so sorting
 * exact scores and bounds together never puts a page above one that surely beats it.
 */
export function rankTogether(
  query: ParsedQuery,
  responses: readonly PagefindResponse[],
  mode: SortMode = 'relevance',
  dateRank?: ReadonlyMap<string, number>,
): Ranking & { candidates(count: number): RankedPage[]; refine(texts: ReadonlyMap<string, PageText>): Ranking } {
  const slots = query.slots;
  const n = slots.length;
  const all = (1 << n) - 1;
  const pages = new Map<string, Acc>();
  for (const response of responses) {
    for (const r of response.results) {
      let acc = pages.get(r.id);
      if (!acc) {
        acc = new Acc(r, 1);
        acc.matched = all;
        pages.set(r.id, acc);
      }
      if (r.words.length) acc.found.push(r.words);
      if (r.score > acc.scores[0]!) acc.scores[0] = r.score;
      for (const m of r.matchedMetaFields ?? []) if (TITLE_FIELDS.has(m)) acc.titled = 1;
    }
  }
  const forms = slots.map((s) => s.forms.map((f) => pagefindCore(f.term)));
  /** Slots (as a bit mask) with a form some word of `text` starts with. */
  const slotsIn = (text: string): number => {
    const cores = splitWords(text).map(pagefindCore).filter(Boolean);
    return forms.reduce((m, fs, i) => (cores.some((c) => fs.some((f) => c.startsWith(f))) ? m | (1 << i) : m), 0);
  };
  const merged = (acc: Acc): number[] => sortedUnique(acc.found);
  const scoreOf = (acc: Acc, titleTerm: number) =>
    mode === 'date'
      ? dateScore(acc.id, dateRank)
      : // Pagefind's own score, uncapped and tiny, orders the many pages the capped terms tie
        // (its score for all the words together weighs title and name matches): the same in
        // bounds and exact scores, so bounds stay bounds.
        textScore(titleTerm, acc.isNamed, acc.relevance) + acc.proximity * W.proximity + acc.relevance * W.tieBreak;
  const order = byScore(dateRank);

  // Estimates for every page.
  const kept = [...pages.values()];
  for (const acc of kept) {
    // Pagefind's score for the words together is the sum of its per-word scores; `rank`
    // sums log1p of each, here taken as n equal shares.
    acc.relevance = n * Math.log1p(acc.scores[0]! / n);
    acc.score = scoreOf(acc, acc.titled / n);
  }
  kept.sort(order);
  // Without the text, all the positions go in the first slot: excerpts look for the window holding most of them.
  const positionsOf = (acc: Acc): number[][] => (acc.positions.length ? acc.positions : [merged(acc), ...Array.from({ length: n - 1 }, () => [])]);
  /** A page as ranked: its words told apart once its text has been given (`refine`). */
  const rankedOf = (acc: Acc): RankedPage => new Ranked(acc, n * W.wordsMatched, n, positionsOf, acc.positions.length > 0);
  const ranking = (): Ranking => ({ pages: kept.map(rankedOf), missing: [], partial: false });

  // The estimate's pages are made when first asked for: a common word gives some 10,000, and the
  // engine only reads them in date mode (in relevance mode it refines first).
  let estimatePages: RankedPage[] | undefined;
  const pagesOnBounds = (): RankedPage[] => (estimatePages ??= ranking().pages);
  return {
    get pages() {
      return pagesOnBounds();
    },
    missing: [],
    partial: false,
    /**
     * Pages worth loading to rank exactly: the first `count` on their bounds, and up to
     * `count` more whose matched positions hold all the words in a row, among the best PROXIMITY_POOL
     * (likely phrases, which bounds cannot see: Pagefind's prefix matches vary with the
     * index chunks already loaded and can push the page that has the phrase far down).
     */
    candidates(count) {
      const pool = kept.slice(0, PROXIMITY_POOL);
      const phrases = pool
        .map((acc, i) => ({ i, run: longestRun(merged(acc)) }))
        // Every word in a row (for one word, any match). Partial runs ("Chu Minh" of "Chu Minh Tú")
        // are common and each would cost a download; their bounds place them well enough.
        .filter((x) => x.run >= n)
        .sort((a, b) => b.run - a.run || a.i - b.i)
        .slice(0, count)
        .map((x) => x.i);
      const picked = [...new Set([...pool.slice(0, count).keys(), ...phrases])];
      return picked.map((i) => rankedOf(pool[i]!));
    },
    refine(texts) {
      // Exact terms for the pages whose text is given: never below their bounds.
      for (const acc of kept) {
        const text = texts.get(acc.id);
        if (!text) continue;
        acc.positions = positionsByWord(query, merged(acc), text.content);
        const titled = bits(slotsIn(`${text.title} ${text.names}`));
        acc.inTitle = titled === n;
        acc.isNamed = slotsIn(text.names) === all;
        acc.proximity = proximityOf(acc.positions);
        acc.score = scoreOf(acc, acc.inTitle ? W.allInTitle : titled / n);
      }
      // Every page by its score, exact or bound: a page still on its bound is placed by what it
      // has at least, and a refined page that proved weaker falls below it.
      kept.sort(order);
      return ranking();
    },
  };
}

/**
 * One page's facts while ranking. A class, not an object literal: a common word
 * gives some 10,000 of them per query, and their shape and allocation cost count.
 */
class Acc {
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
class Ranked implements RankedPage {
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
