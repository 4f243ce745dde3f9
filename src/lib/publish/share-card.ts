/**
 * What a story's share image shows and how pages announce it: the card drawn for
 * it (title, kicker, cover) and the Open Graph image facts. Pure.
 */
import type { Story } from '../content/relations.ts';
import { HONOUREE_KIND_LABELS, SITE_NAME, TYPE_LABELS } from '../site/labels.ts';
import { absoluteUrl } from './site-url.ts';
import { shareImagePath } from './share.ts';
import { SHARE_HEIGHT, SHARE_WIDTH } from './share-image.ts';
import type { HonoureeKind } from '../content/vocab.ts';

/** The share image used by pages that are not stories. */
export const SITE_SHARE_IMAGE = '/anh-chia-se/trang-chu.jpg';

export interface ShareImageInfo {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** What a share image is drawn from. */
export interface ShareCard {
  title: string;
  kicker: string;
  /** The cover's file, when the story has one. */
  coverPath?: string | undefined;
}

/** Kicker printed on a story's share image: its section, or its kind ("Gương sáng · Cá nhân"). */
export function shareKicker(story: Story, honoureeKind?: HonoureeKind): string {
  if (story.section) return story.section;
  if (story.type === 'honouree') return honoureeKind ? `${TYPE_LABELS.honouree} · ${HONOUREE_KIND_LABELS[honoureeKind]}` : TYPE_LABELS.honouree;
  return TYPE_LABELS[story.type];
}

export const shareImage = (story: Story): ShareImageInfo => ({
  url: absoluteUrl(shareImagePath(story)),
  width: SHARE_WIDTH,
  height: SHARE_HEIGHT,
  alt: story.image?.alt ?? story.title,
});

export const siteShareImage = (): ShareImageInfo => ({ url: absoluteUrl(SITE_SHARE_IMAGE), width: SHARE_WIDTH, height: SHARE_HEIGHT, alt: SITE_NAME });
