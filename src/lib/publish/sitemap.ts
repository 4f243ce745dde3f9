/** Sitemaps: the index, the list of every page, and the Google News sitemap of the last two days. */
import { isoVn } from '../vi/dateline.ts';
import type { Story } from '../content/relations.ts';
import { escapeXml, xmlDocument } from './xml.ts';

export interface SitemapUrl {
  /** Absolute URL. */
  loc: string;
  lastmod?: Date | undefined;
}

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
/** The sitemap protocol's limit per file. */
export const SITEMAP_MAX_URLS = 50_000;

const lastmod = (d: Date | undefined) => (d ? `<lastmod>${isoVn(d)}</lastmod>` : '');

export function renderUrlset(urls: readonly SitemapUrl[]): string {
  if (urls.length > SITEMAP_MAX_URLS) throw new Error(`Sitemap có ${urls.length} địa chỉ, vượt giới hạn ${SITEMAP_MAX_URLS}.`);
  const body = urls.map((u) => `<url><loc>${escapeXml(u.loc)}</loc>${lastmod(u.lastmod)}</url>`).join('\n');
  return xmlDocument(`<urlset xmlns="${SITEMAP_NS}">\n${body}\n</urlset>`);
}

export function renderSitemapIndex(sitemaps: readonly SitemapUrl[]): string {
  const body = sitemaps.map((s) => `<sitemap><loc>${escapeXml(s.loc)}</loc>${lastmod(s.lastmod)}</sitemap>`).join('\n');
  return xmlDocument(`<sitemapindex xmlns="${SITEMAP_NS}">\n${body}\n</sitemapindex>`);
}

/** How far back the news sitemap reaches (Google News reads two days). */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/**
 * Stories for the news sitemap: published in the two days before `now`, newest
 * first. Directive explanations are reference pages, not news.
 */
export const newsStories = (stories: readonly Story[], now: Date): Story[] =>
  stories
    .filter((s) => s.type !== 'directive')
    .filter((s) => s.date.getTime() <= now.getTime() && now.getTime() - s.date.getTime() <= NEWS_WINDOW_MS)
    .sort((a, b) => b.date.getTime() - a.date.getTime());

export interface NewsEntry {
  loc: string;
  title: string;
  date: Date;
}

/** A Google News sitemap; with no entries it is still a valid, empty urlset. */
export function renderNewsSitemap(entries: readonly NewsEntry[], publication: string): string {
  const body = entries
    .map(
      (e) =>
        `<url><loc>${escapeXml(e.loc)}</loc><news:news><news:publication><news:name>${escapeXml(publication)}</news:name>` +
        `<news:language>vi</news:language></news:publication><news:publication_date>${isoVn(e.date)}</news:publication_date>` +
        `<news:title>${escapeXml(e.title)}</news:title></news:news></url>`,
    )
    .join('\n');
  return xmlDocument(`<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n${body}\n</urlset>`);
}

/** robots.txt: everything may be crawled; the sitemaps are named with absolute URLs. */
export const renderRobots = (sitemapIndex: string, newsSitemap: string): string =>
  ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapIndex}`, `Sitemap: ${newsSitemap}`, ''].join('\n');
