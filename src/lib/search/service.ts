/**
 * The search page's questions and answers as plain data, so they can cross to
 * and from a worker: a search gives a summary and the first result cards, and
 * "more" gives the next cards of the latest search. The same service runs in
 * the search worker and, where a browser has no module workers, on the page.
 */
import type { SearchEngine, SearchHit, SearchOutcome } from './engine.ts';
import type { Filters } from './pagefind-types.ts';
import type { SortMode } from './rank.ts';

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
  total: number;
  /** Words (as typed) that nothing on the site contains. */
  missing: string[];
  /** No page has all the found words: the results have most of them. */
  partial: boolean;
}

/** What a result card shows. */
export type SearchCard = Pick<SearchHit, 'url' | 'title' | 'type' | 'date' | 'excerpt'>;

export interface SearchAnswer {
  summary: SearchSummary;
  cards: SearchCard[];
}

const card = (hit: SearchHit): SearchCard => ({ url: hit.url, title: hit.title, type: hit.type, date: hit.date, excerpt: hit.excerpt });

export class SearchService {
  /** The latest search, by the id of the message that asked for it: "more" continues it only. */
  private latest: { id: number; outcome: SearchOutcome } | undefined;
  private readonly engine: SearchEngine;

  constructor(engine: SearchEngine) {
    this.engine = engine;
  }

  async search(request: SearchRequest, id = 0): Promise<SearchAnswer> {
    const outcome = await this.engine.search(request.q, { filters: request.filters, sort: request.sort });
    this.latest = { id, outcome };
    const hits = await this.engine.hits(outcome, 0, request.count);
    return {
      summary: { text: outcome.query.text, understood: outcome.understood, total: outcome.pages.length, missing: outcome.missing, partial: outcome.partial },
      cards: hits.map(card),
    };
  }

  /**
   * Cards `from` … `from + count` of search `search` (a message id). Throws when that is not the
   * latest search: its cards would not continue the list the reader sees.
   */
  async more(search: number, from: number, count: number): Promise<SearchCard[]> {
    if (!this.latest || this.latest.id !== search) throw new Error(`search ${search} is not the latest`);
    return (await this.engine.hits(this.latest.outcome, from, count)).map(card);
  }
}

/** Messages to the search worker. `id` pairs a reply with its question; `base` is the site's base path. */
export type WorkerRequest =
  | { id: number; base: string; kind: 'search'; request: SearchRequest }
  | { id: number; base: string; kind: 'more'; search: number; from: number; count: number };

/** Replies from the search worker; `failure: 'index'` when Pagefind's files could not be loaded. */
export type WorkerReply =
  | { id: number; kind: 'search'; answer: SearchAnswer }
  | { id: number; kind: 'more'; cards: SearchCard[] }
  | { id: number; kind: 'failure'; failure: 'index' | 'search' };

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
        : { id: message.id, kind: 'more', cards: await service.more(message.search, message.from, message.count) };
    } catch {
      return { id: message.id, kind: 'failure', failure: 'search' };
    }
  };
}
