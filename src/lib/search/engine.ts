/**
 * The search the site runs, in the browser and in Node alike: parse the query,
 * ask Pagefind once per form of every word (answers are cached, so typing a
 * query letter by letter repeats little work), rank the joined answers, and
 * load the data of the results a page shows.
 */
import { buildExcerpt, pagefindCore, splitWords, titleEnd, type Segment } from './excerpt.ts';
import type { Filters, PagefindApi, PagefindFragment, PagefindResponse, PagefindResult } from './pagefind-types.ts';
import { parseQuery, understood, wordSlot, words, type ParsedQuery, type Slot } from './query.ts';
import { NAMES_FIELD } from './fields.ts';
import { markTerms } from './headline-plan.ts';
import { remember } from '../remember.ts';
import { positionsByWord, rank, rankTogether, type RankedPage, type Ranking, type SortMode } from './rank.ts';

export interface SearchOptions {
  filters?: Filters | undefined;
  sort?: SortMode | undefined;
}

export interface SearchOutcome {
  query: ParsedQuery;
  /** The query as understood: decoded words in place of typed ones. */
  understood: string;
  pages: RankedPage[];
  /** Words (as typed) that nothing on the site contains. */
  missing: string[];
  /** No page has all the other words together: the pages shown have most of them. */
  partial: boolean;
  /** Milliseconds spent, for benchmarks. */
  ms: number;
}

export interface SearchHit {
  url: string;
  title: string;
  /** Type label: Văn bản, Hội nghị, Gương sáng, Bài viết. */
  type: string;
  /** ISO date with the Vietnam offset. */
  date: string;
  excerpt: Segment[];
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  ranked: RankedPage;
}

/** Cache key of a question to Pagefind: its words and filters. */
const askKey = (term: string, filters: Filters | undefined): string => `${term}\u0000${JSON.stringify(filters ?? {})}`;
const EMPTY: PagefindResponse = { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };
/** Results whose data a result list loads first; their pages also serve to check the query's words. */
export const FIRST_PAGE = 10;
/** Most combinations of word forms asked together ("dao duc toan": dao/đao × duc/đuc × toan = 4). */
export const MAX_COMBINATIONS = 4;

/**
 * Whether a word Pagefind matched in a page really starts with `term`.
 * When nothing in the index starts with a term, Pagefind 1.6 quietly answers
 * for a shorter word instead ("xyzabc" finds "x"); the matched words tell.
 */
export function matchesTerm(term: string, result: PagefindResult, data: PagefindFragment): boolean {
  const words = splitWords(data.content.trim());
  // Words at the matched positions and in the fields Pagefind says matched: a query of
  // several words may match some in the text and others in the title.
  const seen = [
    ...result.words.map((w) => words[w] ?? ''),
    ...Object.entries(data.meta)
      .filter(([k]) => result.matchedMetaFields?.includes(k))
      .flatMap(([, v]) => splitWords(v)),
  ];
  // Compared as Pagefind compares: a term "den" is not held by "Đền" (Pagefind would not match it).
  const t = pagefindCore(term);
  // Codes ("08-QĐi/TW") are indexed whole and in parts: a part may sit inside the word.
  return seen.some((w) => pagefindCore(w).startsWith(t) || (/[-/]/.test(w) && pagefindCore(w).includes(t)));
}

export class SearchEngine {
  private readonly responses = new Map<string, Promise<PagefindResponse>>();
  private readonly verified = new Map<string, Promise<boolean>>();
  /** Per query of several words together: the slots whose word its first page does not hold. */
  private readonly unheld = new Map<string, Promise<number[]>>();
  /** Pages' data by page id: loaded once, for ranking, checking and showing alike. */
  private readonly fragments = new Map<string, Promise<PagefindFragment>>();
  private dateRanks: Promise<Map<string, number>> | undefined;

  private readonly pagefind: PagefindApi;

  constructor(pagefind: PagefindApi) {
    this.pagefind = pagefind;
  }

  private fragment(result: PagefindResult): Promise<PagefindFragment> {
    return remember(this.fragments, result.id, () => result.data());
  }

  private ask(term: string, filters: Filters | undefined): Promise<PagefindResponse> {
    return remember(this.responses, askKey(term, filters), () => this.pagefind.search(term, filters ? { filters } : {}).then((r) => r ?? EMPTY));
  }

  /** Page id → position when every page is sorted newest first (0 = newest). */
  dateRank(): Promise<Map<string, number>> {
    this.dateRanks ??= this.pagefind.search(null, { sort: { date: 'desc' } }).then((r) => new Map(r.results.map((x, i) => [x.id, i])));
    return this.dateRanks;
  }

  /**
   * Checks every term that has answers, with pages whose data is loaded anyway
   * (the first results) where possible, so checking rarely costs a download.
   */
  private async verify(terms: readonly string[], responses: Map<string, PagefindResponse>, shown: ReadonlyMap<string, Promise<PagefindFragment>>): Promise<void> {
    await Promise.all(
      terms.map(async (term) => {
        const r = responses.get(term)!;
        if (!r.results.length) return;
        const ok = await remember(this.verified, term, async () => {
          const result = r.results.find((x) => shown.has(x.id)) ?? r.results[0]!;
          return matchesTerm(term, result, await this.fragment(result));
        });
        if (!ok) responses.set(term, EMPTY);
      }),
    );
  }

  private async answers(query: ParsedQuery, filters: Filters | undefined): Promise<Map<string, PagefindResponse>> {
    const terms = [...new Set(query.slots.flatMap((s) => s.forms.map((f) => f.term)))];
    const got = await Promise.all(terms.map((t) => this.ask(t, filters)));
    return new Map(terms.map((t, i) => [t, got[i]!]));
  }

  /**
   * The fast way for a query of several words: ask Pagefind for all of them at once
   * (one query per combination of their forms, at most MAX_COMBINATIONS), which costs
   * about what the rarest word costs, where asking word by word costs what the
   * commonest one does. Used only when it can answer completely: every answer is
   * checked to hold every word (Pagefind drops a word nothing matches, or answers for
   * a shorter one). A word that no answer holds, where the others are held, matches
   * nothing in the index (Pagefind would otherwise have required it): its slot comes
   * back in `missing`, to be searched without. Otherwise, when no page has all the
   * words, the word-by-word way says which words found nothing.
   * Kept whole: its steps share the combinations asked, their answers and their checks.
   */
  private async together(query: ParsedQuery, filters: Filters | undefined, sort: SortMode): Promise<Ranking | { missing: number[] } | undefined> {
    const slots = query.slots;
    if (query.phrase || slots.length < 2 || slots.some((s) => s.kind !== 'word')) return undefined;
    const combinations = combinationsOf(slots);
    if (combinations.length > MAX_COMBINATIONS) return undefined;
    // A word typed with the input method off ("ddaor") is rarely a word of its own: asked alone,
    // it costs next to nothing when the index lacks it, while a combination holding it costs what
    // the other words cost. So combinations with such a word are asked only if it is found alone.
    const typedOff = new Set(slots.filter((s) => s.forms.some((f) => f.source === 'telex' || f.source === 'vni')).map((s) => s.forms[0]!.term));
    const found = new Map(
      [...typedOff].map((t) => [
        t,
        this.ask(t, filters).then(
          (r) => r.results.length > 0,
          () => false,
        ),
      ]),
    );
    // Null: not asked, a typed-off word of it being in no page.
    const asked = await Promise.all(
      combinations.map(async (c) => {
        for (const t of c) if (typedOff.has(t) && !(await found.get(t))) return null;
        return this.ask(c.join(' '), filters);
      }),
    );
    const responses = asked.map((r) => r ?? EMPTY);
    // Per answer, the slots (by index) whose word its first page does not hold; undefined: no answer.
    const checks = Promise.all(
      responses.map(async (r, i) => {
        const first = r.results[0];
        if (!first) return undefined;
        return remember(this.unheld, askKey(combinations[i]!.join(' '), filters), () =>
          this.fragment(first).then((data) => combinations[i]!.flatMap((term, k) => (matchesTerm(term, first, data) ? [] : [k]))),
        );
      }),
    );
    checks.catch(() => undefined); // awaited below, after the dates: a failure must not go unhandled meanwhile
    const dates = sort === 'date' ? await this.dateRank() : undefined;
    // Ranked on bounds, then again with the text of the first results (loaded to be shown anyway)
    // and of the likeliest phrases. That text is fetched while the answers are being checked, on
    // the guess that all of them hold every word (they nearly always do): one wait, not two.
    const rankAnswered = (answered: PagefindResponse[]) => {
      const estimated = rankTogether(query, answered, sort, dates);
      const first = sort === 'date' ? [] : estimated.candidates(FIRST_PAGE);
      const data = Promise.all(first.map((p) => this.fragment(p.result)));
      data.catch(() => undefined); // a guess may be dropped unawaited
      return { estimated, first, data };
    };
    const withResults = responses.filter((r) => r.results.length > 0);
    let guess = withResults.length ? rankAnswered(withResults) : undefined;
    const unheld = await checks;
    const answered = responses.filter((_, i) => unheld[i]?.length === 0);
    if (!answered.length) {
      // Only when every combination asked has pages: one without any may hold words that each
      // match something but never together, and then nothing says which word matches nothing.
      if (asked.some((r) => r !== null && r.results.length === 0)) return undefined;
      const lacking = unheld.filter((u): u is number[] => u !== undefined);
      const missing = slots.map((_, k) => k).filter((k) => lacking.length > 0 && lacking.every((u) => u.includes(k)));
      return missing.length && missing.length < slots.length && lacking.some((u) => u.every((k) => missing.includes(k))) ? { missing } : undefined;
    }
    if (answered.length !== withResults.length) guess = rankAnswered(answered);
    const { estimated, first, data } = guess!;
    if (sort === 'date') return estimated;
    const texts = await data;
    return estimated.refine(new Map(first.map((p, i) => [p.id, { content: texts[i]!.content, title: texts[i]!.meta['title'] ?? '', names: texts[i]!.meta[NAMES_FIELD] ?? '' }])));
  }

  /**
   * Pagefind leaves out of a query a word that nothing in the index starts with, so its
   * answer for all the words is already its answer for the others: stored as such, the
   * search without the missing words costs nothing more ("xyzzy không có" is one search of
   * "không có", not two). Checked first, by asking each missing word alone, which costs next
   * to nothing when it is in no page; only for words asked as typed, since a decoded word
   * ("ddacs" → "đác") may be the start of common ones.
   */
  private async reuseWithout(query: ParsedQuery, gone: readonly Slot[], filters: Filters | undefined): Promise<void> {
    if (!gone.every(typedWord)) return;
    const alone = await Promise.all(gone.flatMap((s) => s.forms.map((f) => this.ask(f.term, filters))));
    if (alone.some((r) => r.results.length > 0)) return;
    const missing = new Set(gone.flatMap((s) => s.forms.map((f) => f.term)));
    const combinations = combinationsOf(query.slots);
    for (const c of combinations) {
      const asked = this.responses.get(askKey(c.join(' '), filters));
      const rest = c.filter((t) => !missing.has(t));
      if (asked && rest.length) void remember(this.responses, askKey(rest.join(' '), filters), () => asked);
    }
  }

  /**
   * Whether no page holds a word the reader typed (as typed: a decoded word may be the start of
   * common ones). Asked alone it costs one small part of the index when the word is in no page,
   * where asked with the query's other words it costs what they do.
   */
  async lacks(slot: Slot): Promise<boolean> {
    if (!typedWord(slot)) return false;
    const held = await Promise.all(
      slot.forms.map(async (f) => {
        const r = await this.ask(f.term, undefined);
        const first = r.results[0];
        // Pagefind answers a word nothing starts with for a shorter one: the first page tells.
        return first !== undefined && matchesTerm(f.term, first, await this.fragment(first));
      }),
    );
    return !held.some(Boolean);
  }

  private async ranked(query: ParsedQuery, filters: Filters | undefined, sort: SortMode): Promise<Ranking> {
    const fast = await this.together(query, filters, sort);
    if (fast && !('pages' in fast)) {
      // Words that match nothing: the rest are searched on their own, and those words reported.
      const gone = fast.missing.map((k) => query.slots[k]!);
      await this.reuseWithout(query, gone, filters);
      const rest = await this.ranked({ ...query, slots: query.slots.filter((s) => !gone.includes(s)) }, filters, sort);
      return { ...rest, missing: [...gone, ...rest.missing].sort((a, b) => query.slots.indexOf(a) - query.slots.indexOf(b)) };
    }
    if (fast) return fast;
    const responses = await this.answers(query, filters);
    const dates = sort === 'date' ? await this.dateRank() : undefined;
    let ranking = rank(query, responses, sort, dates);
    const shown = new Map(ranking.pages.slice(0, FIRST_PAGE).map((p) => [p.id, this.fragment(p.result)] as const));
    const before = [...responses.values()];
    await this.verify([...responses.keys()], responses, shown);
    if ([...responses.values()].some((r, i) => r !== before[i])) ranking = rank(query, responses, sort, dates);
    return ranking;
  }

  async search(raw: string, options: SearchOptions = {}): Promise<SearchOutcome> {
    const started = performance.now();
    const sort = options.sort ?? 'relevance';
    let query = parseQuery(raw);
    let ranking = await this.ranked(query, options.filters, sort);
    // A code no page carries ("quy định 999") is searched as the words it is made of.
    const unknownCodes = ranking.missing.filter((s) => s.kind === 'code');
    if (unknownCodes.length) {
      query = { ...query, slots: query.slots.flatMap((s) => (unknownCodes.includes(s) ? words(s.fallback ?? s.text).map(wordSlot) : [s])) };
      ranking = await this.ranked(query, options.filters, sort);
    }
    return {
      query,
      understood: understood(query),
      pages: ranking.pages,
      missing: ranking.missing.map((s) => s.text),
      partial: ranking.partial,
      ms: performance.now() - started,
    };
  }

  /** Card data of `count` results from `from`: loads their fragments (one small file each). */
  async hits(outcome: SearchOutcome, from = 0, count = FIRST_PAGE): Promise<SearchHit[]> {
    // The last word may still be being typed: words starting with it count (not for a quoted phrase).
    const codes = outcome.query.slots.flatMap((s) => (s.code ? [s.code] : []));
    const marks = { marks: markTerms(outcome.query).flat(), codes };
    return Promise.all(
      outcome.pages.slice(from, from + count).map(async (ranked) => {
        const data: PagefindFragment = await this.fragment(ranked.result);
        const title = data.meta['title'] ?? '';
        // Positions of all the words together (a page ranked without its text): told apart now.
        const positions = ranked.wordsApart ? ranked.positions : positionsByWord(outcome.query, ranked.positions.flat(), data.content);
        const excerpt = hasPositions(ranked)
          ? buildExcerpt(data.content, positions, { ...marks, skipBefore: titleEnd(splitWords(data.content.trim()), title) })
          : buildExcerpt(data.meta['sapo'] ?? data.content, [], marks);
        return { url: data.url, title, type: data.meta['type'] ?? '', date: data.meta['date'] ?? '', excerpt, filters: data.filters, meta: data.meta, ranked };
      }),
    );
  }
}

/** A word asked only as the reader typed it: a decoded one ("ddacs" → "đác") may be the start of common words. */
const typedWord = (slot: Slot): boolean => slot.kind === 'word' && slot.forms.every((f) => f.source === 'typed');

/** Every combination of the slots' forms, one form per slot, in the query's order. */
const combinationsOf = (slots: readonly Slot[]): string[][] =>
  slots.reduce<string[][]>((acc, s) => acc.flatMap((c) => [...new Set(s.forms.map((f) => f.term))].map((t) => [...c, t])), [[]]);

const hasPositions = (p: RankedPage) => p.positions.some((l) => l.length > 0);
