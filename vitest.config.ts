import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    // Build tests run `astro build` in child processes; give them room on 2 cores.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    // A folder for the one shared build of content/ that e2e and quality tests use (built on first use).
    globalSetup: ['tests/support/site-setup.ts'],
  },
});
