/**
 * Vitest global setup, run once per run whichever projects run: a temporary folder
 * for the builds that test files share (the sample content, the fixture content).
 * Each build is made lazily by the first test file that asks for it (see site.ts),
 * so a run of unit tests alone never pays for one.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the shared builds: one folder each with dist/, its Astro cache, and its status files. */
    siteRoot: string;
  }
}

/**
 * Builds whose output folder lies outside the current folder share Astro 7's
 * scratch folder <cwd>/.astro/.prerender/, and two such builds at the same time
 * (another developer's test run, say) delete each other's files. Inside the
 * project, Astro puts that scratch folder in the output folder instead.
 */
export const SCRATCH = resolve(import.meta.dirname, '../../node_modules/.cache');

export default function setup(project: TestProject): () => void {
  mkdirSync(SCRATCH, { recursive: true });
  const root = mkdtempSync(join(SCRATCH, 'gs-site-'));
  project.provide('siteRoot', root);
  // Every temporary folder the tests make (builds, copies of content) goes in one folder
  // for this run, removed at the end: test processes inherit TMPDIR, os.tmpdir() reads it.
  const scratch = mkdtempSync(join(tmpdir(), 'gs-test-run-'));
  process.env['TMPDIR'] = scratch;
  return () => {
    rmSync(root, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  };
}
