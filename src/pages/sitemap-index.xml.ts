/** The sitemap index: the list of every page, and the news sitemap. */
import type { APIRoute } from 'astro';
import { renderSitemapIndex, newsStories } from '../lib/publish/sitemap.ts';
import { sitemapPages } from '../lib/publish/site-publish.ts';
import { absoluteUrl } from '../lib/publish/site-url.ts';
import { siteData } from '../lib/site/site-data.ts';
import { BUILD_TIME } from '../lib/build-time.ts';

export const GET: APIRoute = async () => {
  const pages = await sitemapPages();
  const newestPage = pages.reduce<Date | undefined>((m, p) => (p.lastmod && (!m || p.lastmod > m) ? p.lastmod : m), undefined);
  const news = newsStories((await siteData()).stories, BUILD_TIME);
  const body = renderSitemapIndex([
    { loc: absoluteUrl('/sitemap-pages.xml'), lastmod: newestPage },
    { loc: absoluteUrl('/sitemap-news.xml'), lastmod: news[0]?.date },
  ]);
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
