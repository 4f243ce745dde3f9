/**
 * Drawing a share image costs ~50 ms of CPU and every build draws one per story:
 * keep them in the build cache, keyed by everything that goes into the picture,
 * so a rebuild redraws only the stories whose title, kicker or cover changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/** The file of the picture in `cacheDir`, drawn by `render` and stored first when it is not there; `key` when the caller has it already. */
export async function cachedShareImageFile(
  input: ShareImageInput,
  cacheDir: string,
  render: (input: ShareImageInput) => Promise<Buffer>,
  key = shareImageKey(input),
): Promise<string> {
  const file = fileOf(cacheDir, key);
  if (!existsSync(file)) store(file, await render(input));
  return file;
}

/** The picture from `cacheDir` when it is there, otherwise drawn by `render` and stored; `key` when the caller has it already. */
export async function cachedShareImage(input: ShareImageInput, cacheDir: string, render: (input: ShareImageInput) => Promise<Buffer>, key = shareImageKey(input)): Promise<Buffer> {
  return readFileSync(await cachedShareImageFile(input, cacheDir, render, key));
}

/** Written beside and renamed: a reader never sees half a picture, and a file linked to the old one keeps it. */
function store(file: string, jpeg: Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, jpeg);
  renameSync(tmp, file);
}

/** A picture to draw ahead: what it is drawn from and its cache key. */
export interface ShareImageJob {
  input: ShareImageInput;
  key: string;
}

/**
 * Draws pictures into the cache elsewhere (another process: share-image-drawer.ts). One
 * promise per job, settled once that picture's drawing has ended, whether it was drawn or
 * not: a picture missing from the cache afterwards is drawn (and its failure told) by the
 * queue itself. Undefined: the jobs were not taken, and the queue draws them.
 */
export type AheadDrawer = (jobs: readonly ShareImageJob[]) => Promise<void>[] | undefined;

/**
 * Pictures drawn ahead of the moment they are needed, while Astro renders pages
 * (src/integrations/share-cards.ts): in this process, two at a time (sharp draws mostly off
 * the main thread), or by an `AheadDrawer`. `start` queues, in order, every picture not in
 * the cache yet; `file` waits for its own and gives its file there.
 */
export class ShareImageQueue {
  private readonly pending = new Map<string, Promise<void>>();
  private readonly cacheDir: string;
  private readonly render: (input: ShareImageInput) => Promise<Buffer>;
  private readonly inFlight: number;
  private readonly ahead: AheadDrawer | undefined;

  constructor(cacheDir: string, render: (input: ShareImageInput) => Promise<Buffer>, options: { inFlight?: number; ahead?: AheadDrawer | undefined } = {}) {
    this.cacheDir = cacheDir;
    this.render = render;
    this.inFlight = options.inFlight ?? 2;
    this.ahead = options.ahead;
  }

  /** Queues the pictures not drawn yet; returns how many that is. */
  start(inputs: readonly ShareImageInput[]): number {
    const queued: (ShareImageJob & { done: () => void })[] = [];
    for (const input of inputs) {
      const key = shareImageKey(input);
      if (this.pending.has(key) || existsSync(fileOf(this.cacheDir, key))) continue;
      let done!: () => void;
      this.pending.set(key, new Promise<void>((resolve) => (done = resolve)));
      queued.push({ input, key, done });
    }
    const elsewhere = queued.length ? this.ahead?.(queued) : undefined;
    if (elsewhere) {
      elsewhere.forEach((drawn, i) => void drawn.finally(queued[i]!.done));
      return queued.length;
    }
    // A picture that fails here is drawn again by `file`, which reports the failure where it is asked for.
    void pipelined(
      queued,
      (q) => q,
      async ({ input, key, done }) => {
        await cachedShareImageFile(input, this.cacheDir, this.render, key).catch(() => undefined);
        done();
      },
      this.inFlight,
    );
    return queued.length;
  }

  /** The picture's file in the cache, once drawn (drawn now if its queued drawing failed, which then throws here). */
  async file(input: ShareImageInput): Promise<string> {
    const key = shareImageKey(input);
    await this.pending.get(key);
    return cachedShareImageFile(input, this.cacheDir, this.render, key);
  }
}
