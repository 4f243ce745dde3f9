/**
 * What the browser downloads from a Pagefind index folder, made as small as it
 * can be without changing what Pagefind does:
 *
 * - the UI files the site does not use are removed;
 * - `pagefind.js` (and its worker) are minified: Pagefind ships them with their
 *   names and newlines kept (47 kB; 32 kB minified). Minifying renames locals
 *   only: the exports and the files it loads stay as they are.
 * - the metadata file (`*.pf_meta`, the list of every page, which the first
 *   query loads whole) is gzipped again at the highest level: Pagefind writes it
 *   at the default one. Pagefind reads any gzip stream, and its payload is kept
 *   byte for byte.
 *
 * Each step is idempotent, so a folder copied from the cache can go through it
 * again.
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { transform } from 'esbuild';

const UI_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
const SCRIPT_FILE = /^pagefind(-worker)?\.js$/;
const META_FILE = /\.pf_meta$/;

/** Minified JavaScript of one of Pagefind's scripts (an ES module). */
export async function minifyPagefindScript(source: string): Promise<string> {
  const out = await transform(source, { minify: true, format: 'esm', target: 'es2022', legalComments: 'inline' });
  return out.code;
}

/** The same gzip payload at the highest compression level; never larger than `gz`. */
export function regzip(gz: Buffer): Buffer {
  const again = gzipSync(gunzipSync(gz), { level: constants.Z_BEST_COMPRESSION });
  return again.length < gz.length ? again : gz;
}

/** Bytes saved in `dir` (one index folder, not its subfolders). */
export async function compactIndexFolder(dir: string): Promise<number> {
  let saved = 0;
  for (const name of await readdir(dir)) {
    const file = join(dir, name);
    if (UI_FILE.test(name)) {
      await rm(file);
    } else if (SCRIPT_FILE.test(name)) {
      const source = await readFile(file, 'utf8');
      const small = await minifyPagefindScript(source);
      if (small.length < source.length) {
        await writeFile(file, small);
        saved += Buffer.byteLength(source) - Buffer.byteLength(small);
      }
    } else if (META_FILE.test(name)) {
      const gz = await readFile(file);
      const small = regzip(gz);
      if (small !== gz) {
        await writeFile(file, small);
        saved += gz.length - small.length;
      }
    }
  }
  return saved;
}
