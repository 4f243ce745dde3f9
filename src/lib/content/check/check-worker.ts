/**
 * The content check in a worker thread (src/integrations/content-guard.ts): Astro's
 * content sync, which reads the same files on the main thread, runs meanwhile.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent, type CheckOptions } from './check.ts';
import type { Problem } from './problems.ts';

/** What the worker sends back: the problems, and how many files it checked. */
export interface CheckedInWorker {
  problems: Problem[];
  files: number;
}

const { problems, entries } = await checkContent(workerData as CheckOptions);
parentPort!.postMessage({ problems, files: entries.length } satisfies CheckedInWorker);
