/** robots.txt naming the sitemaps by absolute URL (base path included). */
import type { APIRoute } from 'astro';
import { renderRobots } from '../lib/publish/sitemap.ts';
import { absoluteUrl } from '../lib/publish/site-url.ts';

export const GET: APIRoute = () =>
  new Response(renderRobots(absoluteUrl('/sitemap-index.xml'), absoluteUrl('/sitemap-news.xml')), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
