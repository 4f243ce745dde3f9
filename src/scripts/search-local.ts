/**
 * Opens the search over the site's two Pagefind indexes (headlines first, full
 * text on demand), in whichever thread runs it: the search worker, or the page
 * itself where a browser has no module workers.
 */
import type { PagefindModule } from '../lib/search/pagefind-types.ts';
import { SearchService } from '../lib/search/service.ts';
import { TieredSearch } from '../lib/search/tiers.ts';
import { fragmentUrl, loadFragment } from '../lib/search/fragment.ts';

/** Rejects with an Error whose message is "index" when Pagefind's files cannot be loaded. */
export async function openSearch(base: string): Promise<SearchService> {
  let mod: PagefindModule;
  try {
    mod = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
  } catch {
    // `astro dev` has no index: it is written by `npm run build`.
    throw new Error('index');
  }
  // One module serves both indexes: its WebAssembly is loaded once (TieredSearch opens them in turn).
  const open = (folder: string) => async () => mod.createInstance({ basePath: `${base}${folder}`, baseUrl: '/', noWorker: true, excerptLength: 0 });
  const fullText = (id: string) => loadFragment(fragmentUrl(`${base}pagefind/`, id));
  return new SearchService(new TieredSearch(open('pagefind/'), open('pagefind/tieu-de/'), fullText));
}
