/**
 * The search page's questions and answers as plain data, so they can cross to
 * and from a worker: a search gives a summary and the first result cards, and
 * "more" gives the next cards of the latest search. The same service runs in
 * the search worker and, where a browser has no module workers, on the page.
 */
import type { Filters } from './pagefind-types.ts';
import type { SortMode } from './rank.ts';
import type { Tier, TieredCard, TieredOutcome, TieredSearch } from './tiers.ts';
import type { QueryCut } from './limits.ts';

export interface SearchRequest {
  q: string;
  filters?: Filters | undefined;
  sort?: SortMode | undefined;
  /** Result cards wanted with the answer. */
  count: number;
}

export interface SearchSummary {
  /** The query as parsed (NFC, straight quotes). */
  text: string;
  /** The query as understood: decoded words in place of typed ones. */
  understood: string;
  /** Results listed so far can reach: headline results, plus full-text ones once asked. */
  total: number;
  /** The tier whose results come first: titles and facts, or full text. */
  tier: Tier;
  /** Results from titles and facts, listed first. */
  headline: number;
  /** The full text has not been asked yet: "more" asks it. */
  more: boolean;
  /** Words (as typed) that nothing on the site contains. */
  missing: string[];
  /** No page has all the found words: the results have most of them. */
  partial: boolean;
  /** The query was too long: the words not searched, and the limit that left them out. */
  cut?: QueryCut | undefined;
}

/** What a result card shows, and the tier it came from. */
export type SearchCard = TieredCard;

export interface SearchAnswer {
  summary: SearchSummary;
  cards: SearchCard[];
}

export class SearchService {
  /** The latest search, by the id of the message that asked for it: "more" continues it only. */
  private latest: { id: number; outcome: TieredOutcome } | undefined;
  private readonly search_: TieredSearch;

  constructor(search: TieredSearch) {
    this.search_ = search;
  }

  private async summary(outcome: TieredOutcome): Promise<SearchSummary> {
    const count = await this.search_.count(outcome);
    return {
      text: outcome.query.text,
      understood: outcome.understood,
      total: count.total,
      tier: outcome.tier,
      headline: count.headline,
      more: count.more,
      missing: outcome.missing,
      partial: outcome.partial,
      cut: outcome.query.cut,
    };
  }

  async search(request: SearchRequest, id = 0): Promise<SearchAnswer> {
    const outcome = await this.search_.search(request.q, { filters: request.filters, sort: request.sort });
    this.latest = { id, outcome };
    // Headline results alone on the first screen: the full text is asked when the reader wants more.
    const summary = await this.summary(outcome);
    const cards = await this.search_.cards(outcome, 0, outcome.tier === 'headline' ? Math.min(request.count, summary.headline) : request.count);
    return { summary, cards };
  }

  /**
   * Cards `from` … `from + count` of search `search` (a message id), and the summary as it
   * stands after them (reaching past the headline results asks the full text). Throws when
   * that is not the latest search: its cards would not continue the list the reader sees.
   */
  async more(search: number, from: number, count: number): Promise<SearchAnswer> {
    if (!this.latest || this.latest.id !== search) throw new Error(`search ${search} is not the latest`);
    const outcome = this.latest.outcome;
    const cards = await this.search_.cards(outcome, from, count);
    return { summary: await this.summary(outcome), cards };
  }
}

/** Messages to the search worker. `id` pairs a reply with its question; `base` is the site's base path. */
export type WorkerRequest =
  { id: number; base: string; kind: 'search'; request: SearchRequest } | { id: number; base: string; kind: 'more'; search: number; from: number; count: number };

/** Replies from the search worker; `failure: 'index'` when Pagefind's files could not be loaded. */
export type WorkerReply =
  { id: number; kind: 'search'; answer: SearchAnswer } | { id: number; kind: 'more'; answer: SearchAnswer } | { id: number; kind: 'failure'; failure: 'index' | 'search' };

/**
 * Answers messages with a service opened on the first message (and opened again
 * after the index failed to load: it may be there on a later try). The search
 * worker answers with it, and so does the page where no worker can start.
 */
export function responder(open: (base: string) => Promise<SearchService>): (message: WorkerRequest) => Promise<WorkerReply> {
  let opening: Promise<SearchService> | undefined;
  return async (message) => {
    let service: SearchService;
    try {
      service = await (opening ??= open(message.base));
    } catch {
      opening = undefined;
      return { id: message.id, kind: 'failure', failure: 'index' };
    }
    try {
      return message.kind === 'search'
        ? { id: message.id, kind: 'search', answer: await service.search(message.request, message.id) }
        : { id: message.id, kind: 'more', answer: await service.more(message.search, message.from, message.count) };
    } catch {
      return { id: message.id, kind: 'failure', failure: 'search' };
    }
  };
}
