/**
 * Builds the Pagefind index after Astro has written the site, with Pagefind's
 * Node API: every page NFC-normalised first, story bodies only (the pages that
 * carry data-pagefind-body), written to <outDir>/pagefind/. Any error Pagefind
 * reports stops the build.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { EXCLUDE_SELECTORS, prepareHtml, urlOfHtmlFile } from '../lib/search/prepare-html.ts';

/** Folder of the index inside the output folder; the search page loads it from here. */
export const INDEX_FOLDER = 'pagefind';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => !relative(dir, f).startsWith(`${INDEX_FOLDER}/`))
    .sort();
}

export interface IndexResult { pages: number; indexed: number; errors: string[] }

/** Indexes the HTML under `outDir` into `outDir/pagefind`. Exported for scripts and tests. */
export async function buildSearchIndex(outDir: string, base = '/'): Promise<IndexResult> {
  const errors: string[] = [];
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'vi', excludeSelectors: EXCLUDE_SELECTORS });
  errors.push(...createErrors);
  if (!index) return { pages: 0, indexed: 0, errors };
  const files = await htmlFiles(outDir);
  let indexed = 0;
  try {
    for (const file of files) {
      const content = prepareHtml(await readFile(file, 'utf8'));
      if (!/<[a-z][^>]*\sdata-pagefind-body[\s=>]/i.test(content)) continue;
      const r = await index.addHTMLFile({ url: urlOfHtmlFile(relative(outDir, file), base), content });
      errors.push(...r.errors.map((e) => `${relative(outDir, file)}: ${e}`));
      indexed++;
    }
    const w = await index.writeFiles({ outputPath: join(outDir, INDEX_FOLDER) });
    errors.push(...w.errors);
    // Pagefind also writes its ready-made UIs; the site uses its own page, so they go.
    for (const name of await readdir(join(outDir, INDEX_FOLDER))) {
      if (/^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(name)) await rm(join(outDir, INDEX_FOLDER, name));
    }
  } finally {
    await pagefind.close();
  }
  return { pages: files.length, indexed, errors };
}

export default function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'guong-sang:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const r = await buildSearchIndex(fileURLToPath(dir), base);
        if (r.errors.length) {
          for (const e of r.errors) logger.error(e);
          throw new Error(`Pagefind báo ${r.errors.length} lỗi khi lập chỉ mục tìm kiếm.`);
        }
        logger.info(`Chỉ mục tìm kiếm: ${r.indexed} bài (trên ${r.pages} trang) trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`);
      },
    },
  };
}
