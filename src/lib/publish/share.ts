/** Share links that need no third-party script: plain URLs the networks document. */
import type { Story } from '../content/relations.ts';

export interface ShareTargets {
  facebook: string;
  zalo: string;
}

/** Share URLs for an absolute page URL. */
export const shareTargets = (url: string): ShareTargets => ({
  facebook: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
  zalo: `https://sp.zalo.me/share_inline?url=${encodeURIComponent(url)}`,
});

/** Site path of a story's generated 1200×630 share image: "/anh-chia-se/bai-viet/<id>.jpg". */
export function shareImagePath(story: Pick<Story, 'type' | 'id' | 'url'>): string {
  // The story's own URL already names its collection (and honouree kind).
  const folder = story.url.replace(/^\/|\/[^/]+\/$/g, '');
  return `/anh-chia-se/${folder}/${story.id}.jpg`;
}
