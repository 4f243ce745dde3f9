/**
 * Glue between the site data and the pure publishing builders: which feeds,
 * which story a page shows, the JSON-LD of each story page, and the list of
 * every page for the sitemap. Runs inside Astro (it reads the collections).
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { siteData, type SiteData } from '../site/site-data.ts';
import { listingPages } from '../site/listings.ts';
import { SITE_NAME, HONOUREE_KIND_LABELS, TYPE_LABELS } from '../site/labels.ts';
import { storyPath } from '../site/urls.ts';
import { COLLECTION_OF_TYPE, HONOUREE_FOLDERS } from '../content/collections.ts';
import type { Story } from '../content/relations.ts';
import { archivePages } from './archive.ts';
import { feedSpecs, type FeedSpec } from './feeds.ts';
import { absoluteAsset, absoluteUrl } from './site-url.ts';
import { shareImagePath } from './share.ts';
import { eventLd, honoureeLd, legislationLd, newsArticleLd, type JsonLd, type Publisher } from './jsonld.ts';
import { SHARE_HEIGHT, SHARE_WIDTH } from './share-image.ts';

/** The publisher's logo, a static file in public/. */
export const LOGO = { path: '/logo.png', width: 512, height: 512 } as const;
/** The share image used by pages that are not stories. */
export const SITE_SHARE_IMAGE = '/anh-chia-se/trang-chu.jpg';

export const publisher = (): Publisher => ({
  name: SITE_NAME,
  url: absoluteUrl('/'),
  logo: absoluteUrl(LOGO.path),
  logoWidth: LOGO.width,
  logoHeight: LOGO.height,
});

const memo = new WeakMap<SiteData, { feeds: FeedSpec[]; byUrl: Map<string, Story> }>();
function derived(site: SiteData) {
  let d = memo.get(site);
  if (!d) {
    d = { feeds: feedSpecs(site), byUrl: new Map(site.stories.map((s) => [s.url, s])) };
    memo.set(site, d);
  }
  return d;
}

export const siteFeeds = async (): Promise<FeedSpec[]> => derived(await siteData()).feeds;

/** The story shown at a site path ("/bai-viet/x/"), if any. */
export const storyAt = async (path: string): Promise<Story | undefined> => derived(await siteData()).byUrl.get(path);

/** Kicker printed on a story's share image. */
export function shareKicker(site: SiteData, story: Story): string {
  if (story.section) return story.section;
  if (story.type === 'honouree') {
    const h = site.honoureeById.get(story.id);
    return h ? `${TYPE_LABELS.honouree} · ${HONOUREE_KIND_LABELS[h.data.kind]}` : TYPE_LABELS.honouree;
  }
  return TYPE_LABELS[story.type];
}

export interface ShareImageInfo {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export const shareImage = (story: Story): ShareImageInfo => ({
  url: absoluteUrl(shareImagePath(story)),
  width: SHARE_WIDTH,
  height: SHARE_HEIGHT,
  alt: story.image?.alt ?? story.title,
});

export const siteShareImage = (): ShareImageInfo => ({ url: absoluteUrl(SITE_SHARE_IMAGE), width: SHARE_WIDTH, height: SHARE_HEIGHT, alt: SITE_NAME });

/** The story's own picture as a JPEG at most 1200 px wide, for feeds and structured data. */
export async function coverJpeg(story: Story): Promise<{ url: string; width: number; height: number; alt: string } | undefined> {
  if (!story.image) return undefined;
  const src = story.image.src as ImageMetadata;
  const width = Math.min(1200, src.width);
  const img = await getImage({ src, width, format: 'jpeg' });
  const height = Math.round((src.height * width) / src.width);
  return { url: absoluteAsset(img.src), width, height, alt: story.image.alt };
}

/** The @id of the thing a story page presents (the directive, the honouree): its page, anchored by its collection's folder word. */
const entityId = (story: Story, fragment: string = COLLECTION_OF_TYPE[story.type].folder) => `${absoluteUrl(story.url)}#${fragment}`;

/** JSON-LD of a story page: a NewsArticle, plus the directive, honouree or conference it presents. */
export async function storyJsonLd(story: Story): Promise<JsonLd[]> {
  const site = await siteData();
  const url = absoluteUrl(story.url);
  const cover = await coverJpeg(story);
  const images = [shareImage(story).url, ...(cover ? [cover.url] : [])];
  const out: JsonLd[] = [];
  let about: string | undefined;
  let byline: string | undefined;
  let modified: Date | undefined;

  if (story.type === 'directive') {
    const d = site.directiveById.get(story.id)!;
    about = entityId(story);
    modified = d.data.updatedAt;
    out.push(
      legislationLd({
        id: about,
        url,
        code: d.data.code,
        aliases: d.data.aliases,
        kind: d.data.kind,
        issuer: d.data.issuer,
        issued: d.data.issuedAt,
        title: d.data.title,
        summary: d.data.summary,
      }),
    );
  } else if (story.type === 'honouree') {
    const h = site.honoureeById.get(story.id)!;
    about = entityId(story);
    byline = h.data.byline;
    modified = h.data.updatedAt;
    out.push(
      honoureeLd({
        kind: h.data.kind,
        id: about,
        url,
        name: h.data.name,
        description: h.data.summary,
        role: h.data.role,
        rank: h.data.kind === 'individual' ? h.data.rank : undefined,
        unit: h.data.unit,
        province: h.data.province,
        honours: h.data.honours,
        image: cover?.url,
      }),
    );
  } else if (story.type === 'conference') {
    const c = site.conferenceById.get(story.id)!;
    about = entityId(story, 'su-kien');
    byline = c.data.byline;
    modified = c.data.updatedAt;
    out.push(
      eventLd({
        id: about,
        url,
        name: c.data.title,
        description: c.data.sapo,
        kind: c.data.kind,
        start: c.data.startsAt,
        place: c.data.place,
        province: c.data.province,
        organiser: c.data.organiser,
        speakers: c.data.speakers,
        image: cover?.url,
      }),
    );
  } else {
    const a = site.articles.find((e) => e.id === story.id)!;
    byline = a.data.byline;
    modified = a.data.updatedAt;
    if (a.data.conference) about = `${absoluteUrl(storyPath('conference', a.data.conference.id))}#su-kien`;
  }
  out.unshift(
    newsArticleLd(
      { url, headline: story.title, description: story.sapo, images, published: story.date, modified, byline, section: story.section, tags: story.tags, about },
      publisher(),
    ),
  );
  return out;
}

/** When a story last really changed: its updatedAt, or its publication. */
export function storyModified(site: SiteData, story: Story): Date {
  const data =
    story.type === 'directive'
      ? site.directiveById.get(story.id)?.data
      : story.type === 'honouree'
        ? site.honoureeById.get(story.id)?.data
        : story.type === 'conference'
          ? site.conferenceById.get(story.id)?.data
          : site.articles.find((a) => a.id === story.id)?.data;
  return data?.updatedAt ?? story.date;
}

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
