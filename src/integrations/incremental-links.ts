/**
 * Astro's incremental build restores a page whose key and code are unchanged by
 * copying it from its cache into the output folder: at 10,000 stories some
 * 24,500 pages and share images, about a minute of every rebuild after one edit.
 * This integration makes the restore a hard link to the cached file instead,
 * which costs next to nothing, and makes every write to the cache replace the
 * cached file (written beside it, then renamed over it) rather than rewrite it.
 *
 * Why that is safe: a published page may share its file with the cache, and a
 * rewrite in place would change it under the reader, before the build that
 * changed it has succeeded. A replaced file is a new file: the published one
 * keeps its old content. `npm run build` starts from an empty staging folder, so
 * Astro never writes over a page it restored in the same build, and nothing
 * else edits built pages in place (the index step writes only under pagefind/).
 * Where a link cannot be made (another file system, no support), the file is
 * copied as before.
 *
 * It patches a class that is not Astro's public API; if that class changes
 * shape, the patch stands aside (Astro copies, as before) and says so, and
 * tests/build/incremental.test.ts still holds every rebuild to a cold build.
 */
import type { AstroIntegration } from 'astro';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Settings = { config: { cacheDir: URL; outDir: URL } };
interface CachePrototype {
  restoreOutputFile(settings: Settings, outputFile: string, destination: URL): Promise<boolean>;
  writeOutputFile(settings: Settings, outputFile: string, body: string | Uint8Array): Promise<void>;
  writeManifest(settings: Settings): void;
}

const PATCHED = Symbol.for('guong-sang.incremental-links');

/** Where Astro keeps the cached copy of an output file: `outputDir` (its INCREMENTAL_OUTPUT_DIR) inside its cacheDir. */
export const cachedFile = (settings: Settings, outputDir: string, outputFile: string): string => fileURLToPath(new URL(outputFile, new URL(outputDir, settings.config.cacheDir)));

/** Folders made here: restoring 15,000 pages asked for each page's folder again, a second of a rebuild. */
const madeFolders = new Set<string>();

/** The folder of `file`, made if this process has not made it yet. */
async function folderOf(file: string): Promise<string> {
  const folder = dirname(file);
  if (!madeFolders.has(folder)) {
    await mkdir(folder, { recursive: true });
    madeFolders.add(folder);
  }
  return folder;
}

/** A hard link at `destination` to `source`, or a copy where a link cannot be made; false when `source` is missing. */
export async function linkOrCopy(source: string, destination: string): Promise<boolean> {
  const folder = await folderOf(destination);
  try {
    await link(source, destination);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      // A folder made earlier and removed since: made again.
      if (!existsSync(folder)) {
        madeFolders.delete(folder);
        return linkOrCopy(source, destination);
      }
      return false;
    }
    if (code === 'EEXIST') await rm(destination, { force: true });
    try {
      await copyFile(source, destination);
      return true;
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw again;
    }
  }
}

/** Writes `file` as a new file (beside it, then renamed over it): whatever was linked to the old one keeps its content. */
export async function replaceFile(file: string, body: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, body);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Makes `destination` a hard link to `source`, linked beside it and renamed over it, so that
 * whatever was linked to the old `destination` keeps its content; false where no link can be made.
 */
export async function relink(source: string, destination: string): Promise<boolean> {
  const temporary = join(await folderOf(destination), `.${randomBytes(6).toString('hex')}.link`);
  try {
    await link(source, temporary);
    await rename(temporary, destination);
    return true;
  } catch {
    await rm(temporary, { force: true });
    return false;
  }
}

/**
 * The cache's copy of a page Astro has just written to the output folder: the page's own file,
 * linked under the cache's name (or, where no link can be made, written there). The output is
 * a fresh folder, so that file is new to this build and never rewritten after.
 */
export async function cachePage(written: string, cached: string, body: string | Uint8Array): Promise<void> {
  if (!(await relink(written, cached))) await replaceFile(cached, body);
}

/**
 * Cache copies still being made. Astro waits for each before it renders the next page, which
 * kept its one page loop idle for a third of the time (4,529 pages, 2026-12-01 profile: each
 * write is several round trips to the file system's threads); the copies are made beside the
 * loop instead, and Astro's manifest of the cache is written once they are all done.
 */
const caching = new Set<Promise<void>>();
let cachingFailed: Error | undefined;
let manifestWritten: Promise<void> = Promise.resolve();

/** Waits for the cache copies and the manifest; fails as Astro would have, had it waited itself. */
export async function cacheSettled(): Promise<void> {
  await manifestWritten;
  if (cachingFailed !== undefined) throw cachingFailed;
}

async function patch(): Promise<boolean> {
  const astro = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
  const file = join(astro, 'dist/core/build/incremental.js');
  // The cache's folder, as Astro names it: read from its source rather than assumed.
  const outputDir = /\bINCREMENTAL_OUTPUT_DIR = "([^"]+)"/.exec(await readFile(file, 'utf8').catch(() => ''))?.[1];
  const module = (await import(pathToFileURL(file).href)) as { IncrementalBuildCache?: { prototype: CachePrototype & { [PATCHED]?: true } } };
  const proto = module.IncrementalBuildCache?.prototype;
  if (!outputDir || !proto || typeof proto.restoreOutputFile !== 'function' || typeof proto.writeOutputFile !== 'function' || typeof proto.writeManifest !== 'function')
    return false;
  if (proto[PATCHED]) return true;
  proto.restoreOutputFile = (settings, outputFile, destination) => linkOrCopy(cachedFile(settings, outputDir, outputFile), fileURLToPath(destination));
  proto.writeOutputFile = (settings, outputFile, body) => {
    // The page Astro has just written to the output folder becomes the cached file itself, as a
    // restored page is: the next build restores it as the same file, and the index step, which
    // knows a page unchanged by its file's identity, does not read it again.
    const copy = cachePage(fileURLToPath(new URL(outputFile, settings.config.outDir)), cachedFile(settings, outputDir, outputFile), body)
      .catch((error: unknown) => {
        cachingFailed ??= error instanceof Error ? error : new Error(String(error));
      })
      .finally(() => caching.delete(copy));
    caching.add(copy);
    return Promise.resolve();
  };
  const { writeManifest } = proto as { writeManifest: (this: CachePrototype, settings: Settings) => void };
  proto.writeManifest = function (this: CachePrototype, settings) {
    // A manifest naming a copy not made would restore nothing; with a failed copy it is not written.
    manifestWritten = Promise.all([...caching]).then(() => {
      if (cachingFailed === undefined) writeManifest.call(this, settings);
    });
  };
  proto[PATCHED] = true;
  return true;
}

export default function incrementalLinks(): AstroIntegration {
  return {
    name: 'guong-sang:incremental-links',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        cachingFailed = undefined;
        if (!(await patch())) logger.warn('Astro’s incremental cache has changed shape: unchanged pages are copied, not linked (slower, still correct).');
      },
      'astro:build:done': cacheSettled,
    },
  };
}
