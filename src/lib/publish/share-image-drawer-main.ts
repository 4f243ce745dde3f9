/**
 * The share-image drawer's process (share-image-drawer.ts starts it): draws the pictures
 * it is sent into the cache folder given as its argument, at the lowest CPU priority, so
 * that it takes only the time Astro's page loop leaves over.
 *
 * In: one JSON line per picture ({ key, input }), then the line "end" once no more will
 * come. Out: the key of each picture once its drawing has ended, drawn or not (the build
 * draws a missing one again itself and reports its failure). Its input closing without
 * "end" means the build is gone: it stops at once.
 */
import { setPriority } from 'node:os';
import { createInterface } from 'node:readline';

// Before anything starts a thread: sharp's and libuv's threads take this priority from the thread that starts them.
try {
  setPriority(19);
} catch {
  // Not allowed here: drawn at the usual priority.
}

const { renderShareImage } = await import('./share-image.ts');
const { cachedShareImageFile } = await import('./share-image-cache.ts');
type Job = { key: string; input: import('./share-image.ts').ShareImageInput };

const cacheDir = process.argv[2];
if (!cacheDir) throw new Error('usage: share-image-drawer-main.ts <cache folder>');

/** Pictures drawn at once: sharp works off the main thread, which prepares the next meanwhile. */
const IN_FLIGHT = 2;
const jobs: Job[] = [];
let ended = false;
let wake: (() => void) | undefined;

createInterface({ input: process.stdin })
  .on('line', (line) => {
    if (line === 'end') ended = true;
    else jobs.push(JSON.parse(line) as Job);
    wake?.();
  })
  .on('close', () => {
    if (!ended) process.exit(0);
  });

async function drawing(): Promise<void> {
  for (;;) {
    const job = jobs.shift();
    if (!job) {
      if (ended) return;
      await new Promise<void>((resolve) => (wake = resolve));
      continue;
    }
    await cachedShareImageFile(job.input, cacheDir!, renderShareImage, job.key).catch(() => undefined);
    process.stdout.write(`${job.key}\n`);
  }
}

await Promise.all(Array.from({ length: IN_FLIGHT }, drawing));
