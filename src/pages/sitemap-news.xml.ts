/** Google News sitemap: stories of the two days before the build; empty but valid otherwise. */
import type { APIRoute } from 'astro';
import { newsStories, renderNewsSitemap } from '../lib/publish/sitemap.ts';
import { absoluteUrl } from '../lib/publish/site-url.ts';
import { siteData } from '../lib/site/site-data.ts';
import { SITE_NAME } from '../lib/site/labels.ts';
import { BUILD_TIME } from '../lib/build-time.ts';

export const GET: APIRoute = async () => {
  const stories = newsStories((await siteData()).stories, BUILD_TIME);
  const body = renderNewsSitemap(
    stories.map((s) => ({ loc: absoluteUrl(s.url), title: s.title, date: s.date })),
    SITE_NAME,
  );
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
