/**
 * Glue between the site data and the pure publishing builders for the site as a
 * whole: which feeds it has, and every page for the sitemap. Story pages have
 * their own model (story-page.ts) and JSON-LD (story-jsonld.ts).
 */
import { siteData, type SiteData } from '../site/site-data.ts';
import { listingPages } from '../site/listings.ts';
import { storyModified } from '../site/entries.ts';
import { HONOUREE_FOLDERS } from '../content/collections.ts';
import type { Story } from '../content/relations.ts';
import { archivePages } from './archive.ts';
import { feedSpecs, type FeedSpec } from './feeds.ts';

const memo = new WeakMap<SiteData, FeedSpec[]>();

export const siteFeeds = async (): Promise<FeedSpec[]> => {
  const site = await siteData();
  let feeds = memo.get(site);
  if (!feeds) memo.set(site, (feeds = feedSpecs(site)));
  return feeds;
};

export interface SitemapPage {
  path: string;
  lastmod?: Date | undefined;
}

const newest = (stories: readonly Story[]): Date | undefined => stories.reduce<Date | undefined>((m, s) => (!m || s.date > m ? s.date : m), undefined);

/** Every HTML page of the site worth indexing, with the time its content last changed. */
export async function sitemapPages(): Promise<SitemapPage[]> {
  const site = await siteData();
  const modified = (story: Story) => storyModified(site, story);
  const all = newest(site.stories);
  const pages: SitemapPage[] = [
    { path: '/', lastmod: all },
    { path: '/tag/', lastmod: all },
    { path: '/luu-tru/', lastmod: all },
    { path: '/guong-sang/', lastmod: newest(site.stories.filter((s) => s.type === 'honouree')) },
    ...(['individual', 'collective'] as const).map((kind) => ({
      path: `/${HONOUREE_FOLDERS[kind]}/`,
      lastmod: newest(site.honourees.filter((h) => h.data.kind === kind).map((h) => site.storyByKey.get(`honourees/${h.id}`)!)),
    })),
    ...site.stories.map((s) => ({ path: s.url, lastmod: modified(s) })),
    ...listingPages(site.stories, site.tags).map((p) => ({ path: `/${p.param}/`, lastmod: newest(p.stories) })),
    ...archivePages(site.stories).map((p) => ({ path: p.path, lastmod: newest(p.stories) })),
  ];
  return pages;
}
