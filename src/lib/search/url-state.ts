/**
 * The search page's state in its URL, so a search can be shared and reloaded:
 * /tim-kiem/?q=dao+duc+toan&loai=Hội+nghị&sap-xep=moi-nhat
 */
import type { Filters } from './pagefind-types.ts';
import type { FilterKey } from './fields.ts';
import type { SortMode } from './rank.ts';
import { clipChars, MAX_QUERY_CHARS } from './limits.ts';

/** URL parameter of each filter, in the reader's words. */
export const FILTER_PARAMS: Record<FilterKey, string> = {
  type: 'loai',
  section: 'chuyen-muc',
  province: 'tinh',
  year: 'nam',
  directive: 'van-ban',
  tag: 'tag',
};
export const SORT_PARAM = 'sap-xep';
const SORT_VALUES: Record<SortMode, string> = { relevance: 'lien-quan', date: 'moi-nhat' };

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  sort: SortMode;
}

export function readState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const [key, param] of Object.entries(FILTER_PARAMS) as [FilterKey, string][]) {
    const v = params.get(param)?.normalize('NFC').trim();
    if (v) filters[key] = v;
  }
  return {
    q: (params.get('q') ?? '').normalize('NFC'),
    filters,
    sort: params.get(SORT_PARAM) === SORT_VALUES.date ? 'date' : 'relevance',
  };
}

/**
 * Longest query string writeState writes (after the "?"), so a link or a history entry
 * stays under 2 kB however long the box's text: `q` holds at most the MAX_QUERY_CHARS
 * characters searched (at most 9 characters each once percent-encoded, so ≤ 1.8 kB), and
 * a filter is written only if it still fits (any value the form offers does).
 */
export const MAX_STATE_LENGTH = 2000;
/** A filter value longer than this is none the form offers: it is not written. */
const MAX_FILTER_CHARS = 120;

export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const q = state.q.trim();
  // The search reads no further than MAX_QUERY_CHARS characters: neither does the URL.
  if (q) params.set('q', q.length > MAX_QUERY_CHARS ? clipChars(q.replace(/\s+/g, ' ')).kept : q);
  const sort = state.sort === 'date' ? `&${SORT_PARAM}=${SORT_VALUES.date}` : '';
  for (const [key, param] of Object.entries(FILTER_PARAMS) as [FilterKey, string][]) {
    const v = state.filters[key];
    if (!v || v.length > MAX_FILTER_CHARS) continue;
    const pair = new URLSearchParams({ [param]: v }).toString();
    if (params.toString().length + pair.length + 1 + sort.length <= MAX_STATE_LENGTH) params.set(param, v);
  }
  if (sort) params.set(SORT_PARAM, SORT_VALUES.date);
  return params;
}

/** Pagefind's filter object for the state; undefined when nothing is filtered. */
export function pagefindFilters(state: SearchState): Filters | undefined {
  const entries = Object.entries(state.filters).filter(([, v]) => v);
  return entries.length ? Object.fromEntries(entries) : undefined;
}
