/** Every page of the site with the time its content last changed. */
import type { APIRoute } from 'astro';
import { renderUrlset } from '../lib/publish/sitemap.ts';
import { sitemapPages } from '../lib/publish/site-publish.ts';
import { absoluteUrl } from '../lib/publish/site-url.ts';

export const GET: APIRoute = async () => {
  const pages = await sitemapPages();
  const body = renderUrlset(pages.map((p) => ({ loc: absoluteUrl(p.path), lastmod: p.lastmod })));
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
