// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import contentGuard from './src/integrations/content-guard.ts';
import { nfcText } from './src/integrations/markdown/nfc-text.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://guongsang.example.vn',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Keep whitespace between inline elements: Vietnamese prose is often built from several.
  compressHTML: true,
  outDir: process.env.OUT_DIR ?? './dist',
  // Separate caches let tests and benchmarks build other content folders side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  markdown: { processor: satteri({ hastPlugins: [nfcText] }) },
  integrations: [contentGuard(), mdx()],
  devToolbar: { enabled: false },
});
