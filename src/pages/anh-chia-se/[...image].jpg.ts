/**
 * Share images drawn at build time (1200×630 JPEG): a card with the title for each
 * story whose cover cannot serve as its share image (none, or too small; the cover
 * itself is cropped by Astro's image pipeline otherwise, story-jsonld.ts), and one
 * for the pages that are not stories. In a build the route hands its cards to the
 * build, which draws them beside the page loop and puts them into the site
 * (src/integrations/share-cards.ts): the route then builds no page. In `astro dev` it
 * serves them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../lib/site/site-data.ts';
import { SITE_NAME, SITE_TAGLINE } from '../../lib/site/labels.ts';
import { renderShareImage } from '../../lib/publish/share-image.ts';
import { cachedShareImage } from '../../lib/publish/share-image-cache.ts';
import { resolve } from 'node:path';
import { cacheDirFor, contentDir } from '../../lib/site/content-dir.ts';
import { shareImagePath } from '../../lib/publish/share.ts';
import { SITE_SHARE_IMAGE, type ShareCard } from '../../lib/publish/share-card.ts';
import { storyPage } from '../../lib/publish/story-page.ts';
import { digestOf } from '../../lib/publish/page-keys.ts';
import { handOverShareCards } from '../../lib/publish/share-card-handoff.ts';

const param = (path: string) => path.replace(/^\/anh-chia-se\/|\.jpg$/g, '');
const inputOf = (card: ShareCard) => ({ ...card, siteName: SITE_NAME });

export const getStaticPaths = (async () => {
  const site = await siteData();
  // A story's card and its key come from the story's page model (story-page.ts); a story whose
  // cover is its share image has no card.
  const pages = await Promise.all(site.stories.map((story) => storyPage(site, story)));
  const cards = pages.flatMap((page) => (page.shareCard ? [{ path: shareImagePath(page.story), card: page.shareCard, cacheKey: page.shareKey }] : []));
  const home: ShareCard = { title: SITE_TAGLINE, kicker: 'Trang tin nêu gương' };
  cards.push({ path: SITE_SHARE_IMAGE, card: home, cacheKey: digestOf(home.title, home.kicker, null) });
  if (handOverShareCards(cards.map((c) => ({ path: c.path, input: inputOf(c.card) })))) return [];
  return cards.map((c) => ({ params: { image: param(c.path) }, props: { card: c.card }, cacheKey: c.cacheKey }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { card } = props as { card: ShareCard };
  // Drawn when asked for (`astro dev`), into the same cache folder Astro uses for this content folder.
  const jpeg = await cachedShareImage(inputOf(card), resolve(cacheDirFor(contentDir())), renderShareImage);
  return new Response(new Uint8Array(jpeg), { headers: { 'Content-Type': 'image/jpeg' } });
};
