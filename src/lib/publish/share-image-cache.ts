/**
 * Drawing a share image costs ~50 ms of CPU and every build draws one per story:
 * keep them in the build cache, keyed by everything that goes into the picture,
 * so a rebuild redraws only the stories whose title, kicker or cover changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShareImageInput } from './share-image.ts';

/** Bump when the drawing itself changes, so cached pictures are drawn anew. */
export const SHARE_IMAGE_VERSION = 'share-image-3';

/** The cache key: drawing version, texts, and the cover's bytes. */
export function shareImageKey(input: ShareImageInput): string {
  const hash = createHash('sha256')
    .update(SHARE_IMAGE_VERSION)
    .update(JSON.stringify([input.title, input.kicker, input.siteName]));
  if (input.coverPath) hash.update(readFileSync(input.coverPath));
  return hash.digest('hex').slice(0, 40);
}

/** The picture from `cacheDir` when it is there, otherwise drawn by `render` and stored. */
export async function cachedShareImage(input: ShareImageInput, cacheDir: string, render: (input: ShareImageInput) => Promise<Buffer>): Promise<Buffer> {
  const dir = join(cacheDir, 'share-images');
  const file = join(dir, `${shareImageKey(input)}.jpg`);
  try {
    return readFileSync(file);
  } catch {
    const jpeg = await render(input);
    mkdirSync(dir, { recursive: true });
    // Written beside and renamed: a reader never sees half a picture.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, jpeg);
    renameSync(tmp, file);
    return jpeg;
  }
}
