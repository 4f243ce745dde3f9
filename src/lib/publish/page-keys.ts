/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page
 * is copied from the last build when its key — and the code that renders it — are
 * unchanged. A key must therefore cover everything the page shows:
 *
 * - every page: the site-wide inputs (the feeds it links, the address it is built for);
 * - a story page: its own entry (front matter and body, as Astro hashed the file, and
 *   the bytes of its pictures), and every other story its page model shows — built and
 *   digested in one place, story-page.ts, so the key and the page cannot disagree;
 * - a list page: its heading and position, and every story it lists.
 *
 * Keys over-approximate on purpose: an entry's digest changes with its body too, so
 * editing a story's text also re-renders the few pages that list it. Memoised per build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Story } from '../content/relations.ts';
import type { SiteData } from '../site/site-data.ts';
import { feedSpecs } from './feeds.ts';
import { entryOf, type SiteEntry } from '../site/entries.ts';
import { bodyImages } from '../content/check/image-rules.ts';

/** SHA-256 (base64url, 22 characters) of the JSON of `parts`; dates as ISO strings. */
export function digestOf(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);
}

/** The file behind a content image, when it is there; Astro keeps it on a hidden `fsPath` property. */
export const imageFile = (src: unknown): string | undefined => {
  const path = (src as { fsPath?: unknown } | undefined)?.fsPath;
  return typeof path === 'string' && existsSync(path) ? path : undefined;
};

const fileHashes = new Map<string, string>();
/** SHA-256 of a file's bytes, once per build. */
export function fileDigest(path: string): string {
  let d = fileHashes.get(path);
  if (d === undefined) {
    d = existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('base64url').slice(0, 22) : 'missing';
    fileHashes.set(path, d);
  }
  return d;
}

/** Pictures an entry shows: cover or portrait, and the images its body names. */
function pictureDigests(entry: SiteEntry): string[] {
  const data = entry.data as { cover?: { src?: unknown }; portrait?: { src?: unknown } };
  const files = [imageFile(data.cover?.src), imageFile(data.portrait?.src)].filter((f): f is string => !!f);
  if (entry.filePath && entry.body) {
    const dir = dirname(resolve(entry.filePath));
    for (const img of bodyImages(entry.body)) files.push(resolve(dir, img.src));
  }
  return files.map(fileDigest);
}

const perSite = new WeakMap<SiteData, { stories: Map<string, string>; site?: string }>();
const memo = (site: SiteData) => {
  let m = perSite.get(site);
  if (!m) perSite.set(site, (m = { stories: new Map() }));
  return m;
};

/** A story's digest: its file as Astro hashed it (front matter and body) and its pictures' bytes. */
export function storyDigest(site: SiteData, story: Story): string {
  const m = memo(site);
  let d = m.stories.get(story.key);
  if (d === undefined) {
    const entry = entryOf(site, story);
    d = digestOf(story.key, entry?.digest ?? entry?.data ?? null, entry?.digest ? null : (entry?.body ?? null), entry ? pictureDigests(entry) : []);
    m.stories.set(story.key, d);
  }
  return d;
}

/** The stories a page shows, each by its key and digest. */
export const listedDigests = (site: SiteData, stories: readonly (Story | undefined)[]) => stories.filter((s): s is Story => !!s).map((s) => [s.key, storyDigest(site, s)]);

/** What every page shows of the site as a whole, and where it is built for. */
export function siteDigest(site: SiteData): string {
  const m = memo(site);
  if (m.site === undefined) {
    const feeds = feedSpecs(site).map((f) => [f.path, f.title]);
    m.site = digestOf(process.env['BASE_PATH'] ?? '/', process.env['SITE_URL'] ?? '', process.env['DRAFTS'] ?? '', feeds);
  }
  return m.site;
}

/** Key of a list page: what identifies it, and every story it lists. */
export function listPageKey(site: SiteData, identity: unknown, stories: readonly Story[]): string {
  return digestOf(siteDigest(site), identity, listedDigests(site, stories));
}
