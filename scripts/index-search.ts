/**
 * Builds the Pagefind index of a built site, in a process of its own:
 *
 *   node scripts/index-search.ts <dist>
 *
 * `npm run build` runs it after `astro build` has exited (which then skips its own
 * indexing, GS_INDEX_LATER=1), so Astro's memory is given back before Pagefind's is
 * taken. BASE_PATH is read as astro.config.mjs reads it.
 */
import { resolve } from 'node:path';
import { buildSearchIndex, indexFailure, indexSummary } from '../src/integrations/search-index.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('Cách dùng: node scripts/index-search.ts <thư mục đã dựng>');
  process.exit(2);
}
const started = Date.now();
const r = await buildSearchIndex(resolve(dir), process.env['BASE_PATH'] ?? '/');
if (r.errors.length) {
  for (const e of r.errors) console.error(e);
  console.error(indexFailure(r));
  process.exit(1);
}
console.log(indexSummary(r, Date.now() - started));
