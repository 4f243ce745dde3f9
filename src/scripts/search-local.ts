/**
 * Opens the search over the site's Pagefind index, in whichever thread runs it:
 * the search worker, or the page itself where a browser has no module workers.
 */
import { SearchEngine } from '../lib/search/engine.ts';
import type { PagefindModule } from '../lib/search/pagefind-types.ts';
import { SearchService } from '../lib/search/service.ts';

/** Rejects with an Error whose message is "index" when Pagefind's files cannot be loaded. */
export async function openSearch(base: string): Promise<SearchService> {
  let mod: PagefindModule;
  try {
    mod = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
  } catch {
    // `astro dev` has no index: it is written by `npm run build`.
    throw new Error('index');
  }
  const pagefind = mod.createInstance({ basePath: `${base}pagefind/`, baseUrl: '/', noWorker: true, excerptLength: 0 });
  return new SearchService(new SearchEngine(pagefind));
}
