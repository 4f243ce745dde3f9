// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import contentGuard from './src/integrations/content-guard.ts';
import { nfcText } from './src/integrations/markdown/nfc-text.ts';
import { dropUnsafeImagesPlugin, sanitizeBodyPlugin } from './src/integrations/markdown/sanitize-body.ts';
import searchIndex from './src/integrations/search-index.ts';
import incrementalLinks from './src/integrations/incremental-links.ts';
import shareCards from './src/integrations/share-cards.ts';
import dataStoreModule from './src/integrations/data-store-module.ts';
import { linkDirectiveCodes } from './src/integrations/markdown/link-directive-codes.ts';
import { readDirectiveRefs } from './src/lib/content/directive-refs.ts';
import { cacheDirFor, contentDir } from './src/lib/site/content-dir.ts';

const base = process.env.BASE_PATH ?? '/';
/** @param {string} id */
const directiveHref = (id) => `${base.replace(/\/?$/, '/')}van-ban/${id}/`;

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://guongsang.example.vn',
  base,
  trailingSlash: 'always',
  // Keep whitespace between inline elements: Vietnamese prose is often built from several.
  compressHTML: true,
  outDir: process.env.OUT_DIR ?? './dist',
  // One cache per content folder: tests and benchmarks build other folders side by side.
  cacheDir: cacheDirFor(contentDir()),
  // Raw HTML in Markdown is parsed into elements, so the body policy judges it like MDX's (sanitize-body.ts runs first).
  markdown: {
    processor: satteri({
      features: { rawHtml: true },
      mdastPlugins: [dropUnsafeImagesPlugin(contentDir())],
      hastPlugins: [sanitizeBodyPlugin(contentDir()), nfcText, linkDirectiveCodes(readDirectiveRefs(contentDir()), directiveHref)],
    }),
  },
  integrations: [contentGuard(), mdx(), searchIndex(), incrementalLinks(), shareCards(), dataStoreModule()],
  devToolbar: { enabled: false },
  // A page whose cacheKey (a story's page model, src/lib/publish/story-page.ts; a list's, page-keys.ts) and code are unchanged is taken from
  // the last build (cache in cacheDir, hard-linked: incremental-links.ts); `npm run build -- --force` renders everything.
  experimental: { incrementalBuild: true },
  // The Content-Security-Policy (public/_headers, deploy/nginx.conf) allows no inline
  // script or style: never inline stylesheets, scripts or assets into the HTML.
  // Two pages at a time: share images are drawn by sharp off the main thread, so both cores work.
  build: { inlineStylesheets: 'never', concurrency: 2 },
  // The search worker imports Pagefind at run time and shares modules with the page: ES modules, not one IIFE.
  vite: { build: { assetsInlineLimit: 0 }, worker: { format: 'es' } },
});
