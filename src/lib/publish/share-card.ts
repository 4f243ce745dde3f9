/**
 * What a story's share image is and how pages announce it: the story's own cover,
 * cropped by Astro's image pipeline (shareCoverOf), or, for a story without one, a
 * card drawn with its title and kicker (ShareCard, share-image.ts); and the Open
 * Graph image facts. Pure.
 */
import type { Story } from '../content/relations.ts';
import { HONOUREE_KIND_LABELS, SITE_NAME, TYPE_LABELS } from '../site/labels.ts';
import { absoluteUrl } from './site-url.ts';
import { shareImagePath } from './share.ts';
import { SHARE_HEIGHT, SHARE_WIDTH } from './share-image.ts';
import type { HonoureeKind } from '../content/vocab.ts';
import { foldKey } from '../vi/normalize.ts';

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

/** A picture as an entry's front matter gives it. */
export interface EntryPicture {
  src: { width: number; height: number };
  alt: string;
  caption?: string | undefined;
  credit?: string | undefined;
}

/** A cover used as the share image: its crop, as Astro's image pipeline is asked for it. */
export interface ShareCover {
  width: number;
  height: number;
  /** Where the crop keeps the picture: an illustration's bottom, where its "Ảnh minh họa" label sits. */
  position: 'attention' | 'bottom';
  alt: string;
  /** The cover's file, checked whole before it is published (a truncated picture stops the build). */
  file?: string | undefined;
}

/** Networks show a large preview from 600×315 up; a smaller cover gets a drawn card. */
export const SHARE_MIN_WIDTH = 600;

/** Whether a picture is an illustration, not a photograph: its alt, caption or credit says so. */
export const isIllustration = (p: Pick<EntryPicture, 'alt' | 'caption' | 'credit'>): boolean => /\bminh hoa\b/.test(foldKey([p.alt, p.caption ?? '', p.credit ?? ''].join(' ')));

/**
 * The cover as the share image: the largest 1200:630 crop up to 1200×630 that needs no
 * enlarging, or undefined when the cover is too small (the story gets a drawn card). An
 * illustration is cropped from the bottom, so its label stays in the picture.
 */
export function shareCoverOf(picture: EntryPicture | undefined): ShareCover | undefined {
  if (!picture) return undefined;
  const { width: w, height: h } = picture.src;
  const width = Math.min(SHARE_WIDTH, w, Math.floor((h * SHARE_WIDTH) / SHARE_HEIGHT));
  if (width < SHARE_MIN_WIDTH) return undefined;
  return { width, height: Math.round((width * SHARE_HEIGHT) / SHARE_WIDTH), position: isIllustration(picture) ? 'bottom' : 'attention', alt: picture.alt };
}
