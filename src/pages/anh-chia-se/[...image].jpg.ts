/**
 * Share images (1200×630 JPEG), generated at build time: one per story from its
 * title and cover, and one for the pages that are not stories.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../lib/site/site-data.ts';
import { SITE_NAME, SITE_TAGLINE } from '../../lib/site/labels.ts';
import { renderShareImage } from '../../lib/publish/share-image.ts';
import { cachedShareImage } from '../../lib/publish/share-image-cache.ts';
import { resolve } from 'node:path';
import { cacheDirFor, contentDir } from '../../lib/site/content-dir.ts';
import { shareImagePath } from '../../lib/publish/share.ts';
import { shareKicker, SITE_SHARE_IMAGE } from '../../lib/publish/site-publish.ts';
import { digestOf, fileDigest, imageFile } from '../../lib/publish/page-keys.ts';

interface Card {
  title: string;
  kicker: string;
  coverPath?: string | undefined;
}

const param = (path: string) => path.replace(/^\/anh-chia-se\/|\.jpg$/g, '');

export const getStaticPaths = (async () => {
  const site = await siteData();
  const card = (params: { image: string }, c: Card) => ({ params, props: { card: c }, cacheKey: digestOf(c.title, c.kicker, c.coverPath ? fileDigest(c.coverPath) : null) });
  const cards = site.stories.map((story) =>
    card({ image: param(shareImagePath(story)) }, { title: story.title, kicker: shareKicker(site, story), coverPath: imageFile(story.image?.src) }),
  );
  cards.push(card({ image: param(SITE_SHARE_IMAGE) }, { title: SITE_TAGLINE, kicker: 'Trang tin nêu gương' }));
  return cards;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { card } = props as { card: Card };
  // The same cache folder Astro uses for this content folder.
  const cacheDir = resolve(cacheDirFor(contentDir()));
  const jpeg = await cachedShareImage({ ...card, siteName: SITE_NAME }, cacheDir, renderShareImage);
  return new Response(new Uint8Array(jpeg), { headers: { 'Content-Type': 'image/jpeg' } });
};
