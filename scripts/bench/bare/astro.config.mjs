// @ts-check
// The bare baseline for scripts/bench-build.ts: the same Markdown stories as the
// real site, rendered by Astro with a minimal page and nothing else (no cross-links,
// listings, feeds, search index, checker or responsive pictures). The real build's
// time divided by this one's is the cost of the site's own pipeline.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://bare.example.vn',
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
});
