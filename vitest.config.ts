/**
 * Four test projects; `npm test` runs them all, `npm run test:<name>` one of them.
 *
 * - unit:    tests/unit — pure logic in this process: no child processes, no site builds, no
 *            browser. Seconds, not minutes: run it after every change.
 * - build:   tests/build, tests/publish, tests/quality — real `astro build`s and `npm run build`s
 *            of fixture content, and what they write.
 * - browser: tests/e2e and tests/publish/browser.test.ts — built sites in headless Chromium.
 * - search:  tests/search — the search index of the real sample content, its quality and the
 *            search page.
 *
 * A new test file goes in the folder of its project. A file under tests/unit must not spawn a
 * process or build a site: that belongs in tests/build.
 */
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Projects that build sites, spawn processes and start Chromium: one file at a time (the
 * machine has two cores, and a build uses both), with room for `astro build` in hooks.
 */
const heavy = {
  testTimeout: 180_000,
  hookTimeout: 300_000,
  fileParallelism: false,
} as const;

export default defineConfig({
  test: {
    environment: 'node',
    // Runs once per run, whichever projects are selected: a folder for the builds that test files
    // share (the sample content, the fixture content; each built on first use, see
    // tests/support/site.ts) and a temporary folder for the run, removed at the end.
    globalSetup: ['tests/support/site-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // All unit files in one worker, modules loaded once: most of the time of a unit run
          // was starting a worker and loading modules for each file. Safe because unit tests
          // keep no state outside their own files (no mocks, no globals; process.env restored).
          isolate: false,
          // The fuzz tests take seconds; on a busy machine, more.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/publish/**/*.test.ts', 'tests/quality/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/publish/browser.test.ts'],
          ...heavy,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts', 'tests/publish/browser.test.ts'],
          ...heavy,
        },
      },
      {
        extends: true,
        test: {
          name: 'search',
          include: ['tests/search/**/*.test.ts'],
          ...heavy,
        },
      },
    ],
  },
});
