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

/**
 * While the pages render, one picture at a time, on all of sharp's threads: what the page loop
 * leaves over is not much more (on 3,000 stories the pages took 29.6–33.4 s this way, 36.5 s
 * with sharp held to one thread, 25.2 s with no drawing at all). Once the build waits for the
 * last pictures ("end"), two at a time.
 */
const FULL_SPEED = 2;
let inFlight = 1;
const jobs: Job[] = [];
let ended = false;
const waiting: (() => void)[] = [];
const wakeAll = () => {
  for (const wake of waiting.splice(0)) wake();
};

createInterface({ input: process.stdin })
  .on('line', (line) => {
    if (line === 'end') {
      ended = true;
      inFlight = FULL_SPEED;
    } else jobs.push(JSON.parse(line) as Job);
    wakeAll();
  })
  .on('close', () => {
    if (!ended) process.exit(0);
  });

/** Drawing slot `slot`: draws while it is one of the slots in use and pictures wait. */
async function drawing(slot: number): Promise<void> {
  for (;;) {
    const job = slot < inFlight ? jobs.shift() : undefined;
    if (job) {
      await cachedShareImageFile(job.input, cacheDir!, renderShareImage, job.key).catch(() => undefined);
      process.stdout.write(`${job.key}\n`);
    } else if (ended && slot < inFlight) return;
    else await new Promise<void>((resolve) => waiting.push(resolve));
  }
}

await Promise.all(Array.from({ length: FULL_SPEED }, (_, slot) => drawing(slot)));
