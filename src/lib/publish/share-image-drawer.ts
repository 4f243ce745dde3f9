/**
 * Share images drawn in a process of their own, at the lowest CPU priority
 * (share-image-drawer-main.ts). Drawn in Astro's process, the ~4,000 cards of a
 * 10,000-story site took their share of both cores from the page loop: its pages
 * took 178–199 s, and 109–131 s with this process (BENCHMARKS.md). At the lowest
 * priority the drawing takes only the time the page loop leaves over, and finishes
 * once the pages are done.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { AheadDrawer } from './share-image-cache.ts';

export interface ProcessDrawer {
  draw: AheadDrawer;
  /** No more pictures will come: the process ends once it has drawn those it has, and the build waits for it. */
  finish: () => void;
}

/** A drawer process for the cache folder `cacheDir`, running the script `main` (share-image-drawer-main.ts). */
export function processDrawer(cacheDir: string, main: string): ProcessDrawer {
  const child = spawn(process.execPath, [main, cacheDir], { stdio: ['pipe', 'pipe', 'ignore'] });
  // One picture per key: the queue sends a key once (ShareImageQueue.start).
  const waiting = new Map<string, () => void>();
  const settle = (key: string) => {
    waiting.get(key)?.();
    waiting.delete(key);
  };
  // A process that is gone settles everything it was sent: the queue then draws what is missing itself.
  const gone = () => {
    for (const key of [...waiting.keys()]) settle(key);
  };
  child.on('exit', gone);
  child.on('error', gone);
  // Writing to a process that has died must not fail the build: its pictures are drawn here instead.
  child.stdin.on('error', gone);
  createInterface({ input: child.stdout }).on('line', settle);
  // Not what keeps a failed build's process running; once the build waits for the last pictures (`finish`), it is.
  const pipes = [child.stdin, child.stdout] as unknown as { ref?: () => void; unref?: () => void }[];
  child.unref();
  for (const pipe of pipes) pipe.unref?.();
  return {
    draw: (jobs) =>
      jobs.map(({ key, input }) => {
        if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
        const drawn = new Promise<void>((resolve) => waiting.set(key, resolve));
        child.stdin.write(`${JSON.stringify({ key, input })}\n`);
        return drawn;
      }),
    finish: () => {
      child.ref();
      for (const pipe of pipes) pipe.ref?.();
      if (child.stdin.writable) child.stdin.end('end\n');
    },
  };
}
