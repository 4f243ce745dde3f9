/**
 * Search in two tiers. The headline index (headline.ts) answers first: it is
 * small and its words are rare, so a name, a code or a topic costs a few small
 * files. The full-text index (engine.ts) answers when the headline tier finds
 * nothing, when the reader filters or sorts by date, and when the reader asks
 * for more than the headlines hold: its pages then follow the headline pages,
 * less those already listed, so no page is lost and none is shown twice.
 *
 * The two Pagefind instances share one WebAssembly module in a browser, which
 * breaks when both start at once: an instance is opened only when the one
 * before it has answered its first search.
 */
import type { SearchEngine, SearchOutcome } from './engine.ts';
import type { Segment } from './excerpt.ts';
import { HeadlineEngine, type HeadlineCard, type HeadlineOutcome } from './headline.ts';
import type { PackReader } from './headline-packs.ts';
import type { Filters, PagefindApi } from './pagefind-types.ts';
import { parseQuery, understood, type ParsedQuery } from './query.ts';
import type { SortMode } from './rank.ts';

export type Tier = 'headline' | 'full';

export interface TieredOptions {
  filters?: Filters | undefined;
  sort?: SortMode | undefined;
}

export interface TieredOutcome {
  query: ParsedQuery;
  /** The query as understood: decoded words in place of typed ones. */
  understood: string;
  /** The tier whose pages come first. */
  tier: Tier;
  headline: HeadlineOutcome | undefined;
  /** The full-text answer, once asked. */
  full: SearchOutcome | undefined;
  /** Words (as typed) that nothing on the site contains (known once the full text was asked). */
  missing: string[];
  /** No page has all the words: the pages shown have most of them. */
  partial: boolean;
  options: TieredOptions;
  ms: number;
}

/** A result as a list shows it. */
export interface TieredCard {
  url: string;
  title: string;
  type: string;
  date: string;
  excerpt: Segment[];
  tier: Tier;
}

/** Where the list stands: how many results, where the full-text ones start, whether more can be asked. */
export interface TieredCount {
  total: number;
  /** Results from the headline tier (listed first). */
  headline: number;
  /** The full text has not been asked yet: it may hold more. */
  more: boolean;
}

type Open = () => Promise<PagefindApi>;

export class TieredSearch {
  private readonly openHeadline: Open | undefined;
  private readonly openFull: Open;
  private readonly readPack: PackReader | undefined;
  private headlineEngine: Promise<HeadlineEngine> | undefined;
  private fullEngine: Promise<SearchEngine> | undefined;
  /** Settles once the last instance opened has answered its first search. */
  private ready: Promise<unknown> = Promise.resolve();
  /** Per outcome, the full-text pages left once the headline pages are taken out. */
  private readonly rest = new WeakMap<TieredOutcome, Promise<SearchOutcome['pages']>>();

  /**
   * `openHeadline` undefined: a site without a headline index (built before it existed)
   * searches full text only. `readPack` reads the headline index's word packs (headline-packs.ts).
   */
  constructor(openFull: Open, openHeadline?: Open, readPack?: PackReader) {
    this.openFull = openFull;
    this.openHeadline = openHeadline;
    this.readPack = readPack;
  }

  /** Opens an instance after the one before it is running, and marks it running once it has answered. */
  private async open(make: Open): Promise<PagefindApi> {
    // Taken at once, before any await: an instance asked for meanwhile waits for this one.
    const before = this.ready;
    let running!: () => void;
    this.ready = new Promise<void>((resolve) => (running = resolve));
    await before;
    let api: PagefindApi;
    try {
      api = await make();
    } catch (error) {
      running();
      throw error;
    }
    let first = true;
    return {
      search: (term, options) => {
        const p = api.search(term, options);
        if (first) {
          first = false;
          p.then(running, running);
        }
        return p;
      },
      filters: () => api.filters(),
    };
  }

  private headline(): Promise<HeadlineEngine> | undefined {
    if (!this.openHeadline) return undefined;
    return (this.headlineEngine ??= this.open(this.openHeadline).then((api) => new HeadlineEngine(api, this.readPack)));
  }

  private full(): Promise<SearchEngine> {
    // The full-text engine and its ranking load only when the full text is first asked.
    return (this.fullEngine ??= this.open(this.openFull).then(async (api) => new (await import('./engine.ts')).SearchEngine(api)));
  }

  async search(raw: string, options: TieredOptions = {}): Promise<TieredOutcome> {
    const started = performance.now();
    const query = parseQuery(raw);
    const filtered = Object.keys(options.filters ?? {}).length > 0 || options.sort === 'date';
    const engine = filtered ? undefined : this.headline();
    if (engine) {
      const headlines = await engine;
      const headline = await headlines.search(query);
      const answered = (h: HeadlineOutcome, missing: string[]): TieredOutcome => ({
        query,
        understood: understood(query),
        tier: 'headline',
        headline: h,
        full: undefined,
        missing,
        partial: false,
        options,
        ms: performance.now() - started,
      });
      if (headline.complete && headline.pages.length) return answered(headline, []);
      // Words the headlines lack that no page holds either ("xyzzy" of "xyzzy không có"): told
      // missing, and the other words asked of the headlines again. Cheaper than the full text
      // answering the whole query, which reads the index of every other word first.
      const uncovered = headline.uncovered;
      if (uncovered.length && uncovered.length < query.slots.length) {
        const full = await this.full();
        const lacking = await Promise.all(uncovered.map((i) => full.lacks(query.slots[i]!)));
        if (lacking.every(Boolean)) {
          const rest = await headlines.search({ ...query, slots: query.slots.filter((_, i) => !uncovered.includes(i)) });
          if (rest.complete && rest.pages.length)
            return answered(
              rest,
              uncovered.map((i) => query.slots[i]!.text),
            );
        }
      }
    }
    const full = await (await this.full()).search(raw, options);
    return {
      query: full.query,
      understood: full.understood,
      tier: 'full',
      headline: undefined,
      full,
      missing: full.missing,
      partial: full.partial,
      options,
      ms: performance.now() - started,
    };
  }

  /** The full text's answer for an outcome the headline tier gave, asked now. */
  private async withFull(outcome: TieredOutcome): Promise<SearchOutcome['pages']> {
    let rest = this.rest.get(outcome);
    if (!rest) {
      rest = (async () => {
        const headline = outcome.headline;
        const full = (outcome.full ??= await (await this.full()).search(outcome.query.text, outcome.options));
        if (!headline) return full.pages;
        // Page ids in the full-text index of the stories the headlines listed (merged-pagefind.ts names them alike).
        const listed = new Set(await (await this.headline()!).fullIds(headline));
        return full.pages.filter((p) => !listed.has(p.id));
      })();
      this.rest.set(outcome, rest);
    }
    return rest;
  }

  /** How many results the list has now; `more` says the full text may add some. */
  async count(outcome: TieredOutcome): Promise<TieredCount> {
    const headline = outcome.headline?.pages.length ?? 0;
    if (outcome.tier === 'headline' && !outcome.full) return { total: headline, headline, more: true };
    return { total: headline + (await this.withFull(outcome)).length, headline, more: false };
  }

  /** Cards `from` … `from + count` of the list: headline results, then full-text ones (asked when reached). */
  async cards(outcome: TieredOutcome, from: number, count: number): Promise<TieredCard[]> {
    const out: TieredCard[] = [];
    const headline = outcome.headline;
    const h = headline?.pages.length ?? 0;
    if (headline && from < h) {
      const cards: HeadlineCard[] = await (await this.headline()!).cards(headline, from, count);
      out.push(...cards.map(({ url, title, type, date, excerpt }) => ({ url, title, type, date, excerpt, tier: 'headline' as const })));
    }
    const left = count - out.length;
    if (left > 0 && (outcome.tier === 'full' || from + count > h)) {
      const pages = await this.withFull(outcome);
      const start = Math.max(0, from - h);
      const engine = await this.full();
      const hits = await engine.hits({ ...outcome.full!, pages }, start, left);
      out.push(...hits.map(({ url, title, type, date, excerpt }) => ({ url, title, type, date, excerpt, tier: 'full' as const })));
    }
    return out;
  }
}
