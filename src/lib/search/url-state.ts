/**
 * The search page's state in its URL, so a search can be shared and reloaded:
 * /tim-kiem/?q=dao+duc+toan&loai=Hội+nghị&sap-xep=moi-nhat
 */
import type { Filters } from './pagefind-types.ts';
import type { FilterKey } from './fields.ts';
import type { SortMode } from './rank.ts';

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

export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const [key, param] of Object.entries(FILTER_PARAMS) as [FilterKey, string][]) {
    const v = state.filters[key];
    if (v) params.set(param, v);
  }
  if (state.sort === 'date') params.set(SORT_PARAM, SORT_VALUES.date);
  return params;
}

/** Pagefind's filter object for the state; undefined when nothing is filtered. */
export function pagefindFilters(state: SearchState): Filters | undefined {
  const entries = Object.entries(state.filters).filter(([, v]) => v);
  return entries.length ? Object.fromEntries(entries) as Filters : undefined;
}
