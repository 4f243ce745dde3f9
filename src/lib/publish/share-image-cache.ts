/**
 * Drawing a share image costs ~50 ms of CPU and every build draws one per story:
 * keep them in the build cache, keyed by everything that goes into the picture,
 * so a rebuild redraws only the stories whose title, kicker or cover changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShareImageInput } from './share-image.ts';
import { pipelined } from '../pipelined.ts';

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

const fileOf = (cacheDir: string, key: string) => join(cacheDir, 'share-images', `${key}.jpg`);

/** The picture from `cacheDir` when it is there, otherwise drawn by `render` and stored; `key` when the caller has it already. */
export async function cachedShareImage(input: ShareImageInput, cacheDir: string, render: (input: ShareImageInput) => Promise<Buffer>, key = shareImageKey(input)): Promise<Buffer> {
  const dir = join(cacheDir, 'share-images');
  const file = fileOf(cacheDir, key);
  try {
    return readFileSync(file);
  } catch {
    const jpeg = await render(input);
    mkdirSync(dir, { recursive: true });
    // Written beside and renamed: a reader never sees half a picture.
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, jpeg);
    renameSync(tmp, file);
    return jpeg;
  }
}

/**
 * Pictures drawn ahead of the pages that serve them. Astro renders one route at a time,
 * so each picture would be drawn while the next waits; a picture's drawing is mostly
 * sharp's work off the main thread (text, compositing, JPEG), so two drawn at once keep
 * both cores busy. `start` queues, in the order the routes will ask for them, every picture
 * not in the cache yet; `get` waits for its own, then serves it from the cache.
 */
export class ShareImageQueue {
  private readonly pending = new Map<string, Promise<void>>();
  private readonly cacheDir: string;
  private readonly render: (input: ShareImageInput) => Promise<Buffer>;
  private readonly inFlight: number;

  constructor(cacheDir: string, render: (input: ShareImageInput) => Promise<Buffer>, inFlight = 2) {
    this.cacheDir = cacheDir;
    this.render = render;
    this.inFlight = inFlight;
  }

  start(inputs: readonly ShareImageInput[]): void {
    const queued: { input: ShareImageInput; key: string; done: () => void }[] = [];
    for (const input of inputs) {
      const key = shareImageKey(input);
      if (this.pending.has(key) || existsSync(fileOf(this.cacheDir, key))) continue;
      let done!: () => void;
      this.pending.set(key, new Promise<void>((resolve) => (done = resolve)));
      queued.push({ input, key, done });
    }
    // A picture that fails here is drawn again by `get`, which reports the failure where it happens.
    void pipelined(
      queued,
      (q) => q,
      async ({ input, key, done }) => {
        await cachedShareImage(input, this.cacheDir, this.render, key).catch(() => undefined);
        done();
      },
      this.inFlight,
    );
  }

  async get(input: ShareImageInput): Promise<Buffer> {
    const key = shareImageKey(input);
    await this.pending.get(key);
    return cachedShareImage(input, this.cacheDir, this.render, key);
  }
}
