/**
 * What a story page's head needs from its page model through Astro's image
 * pipeline: its share image (the cover, cropped) and its JSON-LD — a NewsArticle,
 * plus the thing the page presents: the directive (Legislation), the honouree
 * (Person or Organization), the conference (Event). Runs inside Astro.
 */
import { getImage } from 'astro:assets';
import sharp from 'sharp';
import type { ImageMetadata } from 'astro';
import type { Story } from '../content/relations.ts';
import { COLLECTION_OF_TYPE } from '../content/collections.ts';
import type { Conference, Directive, Honouree } from '../site/site-data.ts';
import { SITE_NAME } from '../site/labels.ts';
import { storyPath } from '../site/urls.ts';
import { remember } from '../remember.ts';
import { eventLd, honoureeLd, legislationLd, newsArticleLd, type JsonLd, type Publisher } from './jsonld.ts';
import { absoluteAsset, absoluteUrl } from './site-url.ts';
import type { StoryPage } from './story-page.ts';
import type { ShareImageInfo } from './share-card.ts';

/** The publisher's logo, a static file in public/. */
export const LOGO = { path: '/logo.png', width: 512, height: 512 } as const;

export const publisher = (): Publisher => ({
  name: SITE_NAME,
  url: absoluteUrl('/'),
  logo: absoluteUrl(LOGO.path),
  logoWidth: LOGO.width,
  logoHeight: LOGO.height,
});

/** The story's own picture as a JPEG at most 1200 px wide, for feeds and structured data. */
export async function coverJpeg(story: Story): Promise<{ url: string; width: number; height: number; alt: string } | undefined> {
  if (!story.image) return undefined;
  const src = story.image.src as ImageMetadata;
  const width = Math.min(1200, src.width);
  const img = await getImage({ src, width, format: 'jpeg' });
  const height = Math.round((src.height * width) / src.width);
  return { url: absoluteAsset(img.src), width, height, alt: story.image.alt };
}

/** Covers read whole in this build, by file: a picture many stories share is decoded once. */
const wholeCovers = new Map<string, Promise<unknown>>();

/**
 * Astro's image service publishes a picture it cannot read whole as it is; a share image
 * must be whole, as the drawn card's cover had to be. Decoding at an eighth of its size
 * still reads every byte: a truncated or broken file stops the build here.
 */
function readWhole(file: string): Promise<unknown> {
  // Only the outcome is kept, not the small picture.
  return remember(wholeCovers, file, () =>
    sharp(file, { failOn: 'warning' })
      .resize(64)
      .toBuffer()
      .then(() => undefined),
  );
}

/**
 * The page's share image: its cover cropped to 1200:630 by Astro's image pipeline (the
 * same service and cache as every picture), or the card drawn for it.
 */
export async function shareImageOf(page: StoryPage): Promise<ShareImageInfo> {
  const crop = page.shareCover;
  if (!crop || !page.story.image) return page.share!;
  if (crop.file) await readWhole(crop.file);
  const img = await getImage({
    src: page.story.image.src as ImageMetadata,
    width: crop.width,
    height: crop.height,
    fit: 'cover',
    position: crop.position,
    format: 'jpeg',
  });
  return { url: absoluteAsset(img.src), width: crop.width, height: crop.height, alt: crop.alt };
}

/** The @id of the thing a story page presents: its page, anchored by its collection's folder word. */
const entityId = (story: Story, fragment: string = COLLECTION_OF_TYPE[story.type].folder) => `${absoluteUrl(story.url)}#${fragment}`;

/** What the page presents, beside the article: its JSON-LD, its @id, and the article's byline. */
interface Presented {
  ld?: JsonLd | undefined;
  about?: string | undefined;
  byline?: string | undefined;
}

type Presenter = (page: StoryPage, cover: string | undefined) => Presented;

/** One presenter per story type. */
const PRESENTERS: Record<Story['type'], Presenter> = {
  directive: ({ story, entry, url }) => {
    const d = (entry as Directive).data;
    const about = entityId(story);
    return {
      about,
      ld: legislationLd({ id: about, url, code: d.code, aliases: d.aliases, kind: d.kind, issuer: d.issuer, issued: d.issuedAt, title: d.title, summary: d.summary }),
    };
  },
  honouree: ({ story, entry, url }, image) => {
    const h = (entry as Honouree).data;
    const about = entityId(story);
    return {
      about,
      byline: h.byline,
      ld: honoureeLd({
        kind: h.kind,
        id: about,
        url,
        name: h.name,
        description: h.summary,
        role: h.role,
        rank: h.kind === 'individual' ? h.rank : undefined,
        unit: h.unit,
        province: h.province,
        honours: h.honours,
        image,
      }),
    };
  },
  conference: ({ story, entry, url }, image) => {
    const c = (entry as Conference).data;
    const about = entityId(story, 'su-kien');
    return {
      about,
      byline: c.byline,
      ld: eventLd({
        id: about,
        url,
        name: c.title,
        description: c.sapo,
        kind: c.kind,
        start: c.startsAt,
        dayOnly: c.partOfDay !== undefined,
        place: c.place,
        province: c.province,
        organiser: c.organiser,
        speakers: c.speakers,
        image,
      }),
    };
  },
  article: ({ story, entry }) => ({
    byline: (entry?.data as { byline?: string } | undefined)?.byline,
    about: story.conference ? `${absoluteUrl(storyPath('conference', story.conference))}#su-kien` : undefined,
  }),
};

/** JSON-LD of a story page (with its share image): the NewsArticle first, then what the page presents. */
export async function storyJsonLd(page: StoryPage, share: ShareImageInfo): Promise<JsonLd[]> {
  const { story } = page;
  const cover = await coverJpeg(story);
  const { ld, about, byline } = PRESENTERS[story.type](page, cover?.url);
  const article = newsArticleLd(
    {
      url: page.url,
      headline: story.title,
      description: story.sapo,
      images: [...new Set([share.url, ...(cover ? [cover.url] : [])])],
      published: story.date,
      modified: (page.entry?.data as { updatedAt?: Date } | undefined)?.updatedAt,
      byline,
      section: story.section,
      tags: story.tags,
      about,
    },
    publisher(),
  );
  return ld ? [article, ld] : [article];
}
