/**
 * The headline index's records, one per story (src/lib/search/headline-record.ts).
 * Read by the index step, which builds the first search tier from it and then
 * removes the file: it is a hand-over inside the build, not a published page.
 */
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/site/site-data.ts';
import { headlineOf } from '../../lib/search/site-fields.ts';

export const GET: APIRoute = async () => {
  const site = await siteData();
  // By URL: the order an index built again from its own records has (search-index.ts).
  const records = site.stories.map((s) => headlineOf(site, s)).sort((a, b) => (a.url < b.url ? -1 : 1));
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
