/**
 * The collection entry behind a story, by the story's key: one map per site, built once.
 * Pure (no astro:content import), so search and publishing code can share it.
 */
import type { Story } from '../content/relations.ts';
import type { SiteData } from './site-data.ts';

/** What the site's code reads of an entry: its data, body and, as Astro's loader gives them, file and digest. */
export interface SiteEntry {
  id: string;
  data: object;
  body?: string | undefined;
  filePath?: string | undefined;
  digest?: string | number | undefined;
}

const entries = new WeakMap<SiteData, Map<string, SiteEntry>>();

export function entryOf(site: SiteData, story: Story): SiteEntry | undefined {
  let map = entries.get(site);
  if (!map) {
    map = new Map<string, SiteEntry>([
      ...site.directives.map((e) => [`directives/${e.id}`, e] as const),
      ...site.conferences.map((e) => [`conferences/${e.id}`, e] as const),
      ...site.honourees.map((e) => [`honourees/${e.id}`, e] as const),
      ...site.articles.map((e) => [`articles/${e.id}`, e] as const),
    ]);
    entries.set(site, map);
  }
  return map.get(story.key);
}

/** When a story last really changed: its entry's updatedAt, or its publication. */
export const storyModified = (site: SiteData, story: Story): Date => (entryOf(site, story)?.data as { updatedAt?: Date } | undefined)?.updatedAt ?? story.date;
