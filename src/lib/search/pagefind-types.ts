/**
 * The part of Pagefind 1.6's generated `pagefind.js` API the query layer uses,
 * typed from its source. The same object comes from a browser import and from
 * the Node loader (`node-pagefind.ts`).
 */

export type FilterValue = string | string[] | { any?: string[]; all?: string[]; none?: string[]; not?: string };
export type Filters = Record<string, FilterValue>;

export interface PagefindSearchOptions {
  filters?: Filters;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** A page's stored data, loaded on demand: one fragment file. */
export interface PagefindFragment {
  url: string;
  /** Plain text of the indexed part of the page; word N is the Nth whitespace-separated token. */
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  excerpt: string;
}

export interface PagefindResult {
  /** Page hash, the same in every search. */
  id: string;
  score: number;
  /** Word positions (in `content`) of the matches. */
  words: number[];
  /** Metadata fields the term matched in, e.g. ["title"]. */
  matchedMetaFields?: string[];
  data: () => Promise<PagefindFragment>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  /** Matches before filters were applied. */
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindApi {
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload?(term: string, options?: PagefindSearchOptions): Promise<void>;
}

/** Options of `createInstance` that the site sets. */
export interface PagefindInstanceOptions {
  basePath: string;
  baseUrl?: string;
  excerptLength?: number;
  /** Run in the page, not in a worker: no extra download, and results are small. */
  noWorker?: boolean;
}

export interface PagefindModule {
  createInstance(options: PagefindInstanceOptions): PagefindApi & { init(): Promise<void>; destroy(): Promise<void> };
}
