/**
 * The bridge between the site's data and the search fields of a page: finds
 * the story behind a URL and gathers what `searchFields` needs. Depends on
 * SiteData only as a type, so it runs under plain Node and Vitest.
 */
import type { SiteData } from '../site/site-data.ts';
import type { Story } from '../content/relations.ts';
import { slugify } from '../vi/slug.ts';
import type { IndexedStory } from './fields.ts';

const byPath = new WeakMap<SiteData, Map<string, Story>>();

/** The story whose page is at `path` (site-absolute, without the base path), if any. */
export function storyAt(site: SiteData, path: string): Story | undefined {
  let map = byPath.get(site);
  if (!map) {
    map = new Map(site.stories.map((s) => [s.url, s]));
    byPath.set(site, map);
  }
  return map.get(path);
}

const provincesCache = new WeakMap<SiteData, Set<string>>();
/** Every province named by a conference or an honouree: the vocabulary of the province filter. */
function knownProvinces(site: SiteData): Set<string> {
  let set = provincesCache.get(site);
  if (!set) {
    set = new Set([...site.conferences.map((c) => c.data.province), ...site.honourees.map((h) => h.data.province)]);
    provincesCache.set(site, set);
  }
  return set;
}

/** What search stores about one story. */
export function indexedStory(site: SiteData, story: Story): IndexedStory {
  const tagName = (t: string) => site.tags.get(slugify(t))?.name ?? t;
  const codes = (ids: readonly string[]) => ids.flatMap((id) => site.directiveById.get(id)?.data.code ?? []);
  const known = knownProvinces(site);
  const conference = story.conference ? site.conferenceById.get(story.conference) : undefined;
  const directive = story.type === 'directive' ? site.directiveById.get(story.id) : undefined;
  const honouree = story.type === 'honouree' ? site.honoureeById.get(story.id) : undefined;
  // Provinces: the entry's own, the conference's, and tags that name a province.
  const provinces = [
    ...(honouree ? [honouree.data.province] : []),
    ...(conference ? [conference.data.province] : []),
    ...story.tags.filter((t) => known.has(t)),
  ];
  return {
    type: story.type,
    title: story.title,
    sapo: story.sapo,
    date: story.date,
    section: story.section,
    tags: story.tags.map(tagName),
    provinces,
    cites: codes(story.directives),
    own: directive ? { code: directive.data.code, aliases: directive.data.aliases } : undefined,
    names: honouree ? [honouree.data.name] : [],
    image: story.image?.src.src,
  };
}
