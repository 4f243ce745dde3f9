/**
 * The bridge between the site's data and the search fields of a page: gathers
 * what `searchFields` and the headline index need of a story. Depends on
 * SiteData only as a type, so it runs under plain Node and Vitest.
 */
import type { SiteData } from '../site/site-data.ts';
import type { Story } from '../content/relations.ts';
import { slugify } from '../vi/slug.ts';
import { headlineMeta, type IndexedStory } from './fields.ts';
import { citeKey, parseCode, selfKey } from './directive-code.ts';
import type { HeadlineField, HeadlineFieldKind } from './headline-words.ts';
import { FIELD_JOIN, SENTENCES_META, type HeadlineRecord } from './headline-record.ts';
import { sentencesNaming } from './sentences.ts';
import { entryOf } from '../site/entries.ts';

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
  const provinces = [...(honouree ? [honouree.data.province] : []), ...(conference ? [conference.data.province] : []), ...story.tags.filter((t) => known.has(t))];
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

/** Tags on more than this share of all stories say nothing about a story: left out of headlines. */
export const COMMON_TAG_SHARE = 0.5;

const commonTagsCache = new WeakMap<SiteData, Set<string>>();
/** Slugs of the tags on nearly every story. */
export function commonTags(site: SiteData): Set<string> {
  let set = commonTagsCache.get(site);
  if (!set) {
    const limit = site.stories.length * COMMON_TAG_SHARE;
    set = new Set([...site.tags.values()].filter((t) => t.stories.length > limit && site.stories.length > 4).map((t) => t.slug));
    commonTagsCache.set(site, set);
  }
  return set;
}

/**
 * What the headline index holds of one story (see headline-words.ts): its title,
 * the facts a reader names it by (codes, people, units, places, speakers, the
 * honourees it tells of), its telling tags, and the lookup keys of its codes.
 */
export function headlineOf(site: SiteData, story: Story): HeadlineRecord {
  const fields: HeadlineField[] = [{ kind: 'title', text: story.title }];
  const add = (kind: HeadlineFieldKind, ...texts: (string | undefined)[]) => {
    for (const text of texts) if (text?.trim()) fields.push({ kind, text: text.trim() });
  };
  const indexed = indexedStory(site, story);
  const directive = story.type === 'directive' ? site.directiveById.get(story.id) : undefined;
  if (directive) {
    add('title', directive.data.title);
    add('name', directive.data.code, ...directive.data.aliases);
    add('fact', directive.data.issuer, directive.data.term && `khóa ${directive.data.term}`);
  }
  const honouree = story.type === 'honouree' ? site.honoureeById.get(story.id) : undefined;
  if (honouree) {
    add('name', honouree.data.name);
    add('fact', honouree.data.role, honouree.data.unit, honouree.data.province);
  }
  const conference = story.type === 'conference' ? site.conferenceById.get(story.id) : undefined;
  if (conference) {
    // The kind is the page's kicker: "Sơ kết", "Tọa đàm".
    add('fact', conference.data.kind, conference.data.place, conference.data.province, conference.data.organiser);
    for (const s of conference.data.speakers) add('fact', s.name, s.role);
  }
  const entry = entryOf(site, story);
  if (entry && 'genre' in entry.data && typeof entry.data.genre === 'string') add('fact', entry.data.genre);
  add('fact', ...story.honourees.map((id) => site.honoureeById.get(id)?.data.name));
  add('fact', ...indexed.cites);
  const common = commonTags(site);
  add('tag', ...story.tags.filter((t) => !common.has(slugify(t))).map((t) => site.tags.get(slugify(t))?.name ?? t));
  const keys: string[] = [];
  for (const spelling of indexed.own ? [indexed.own.code, ...indexed.own.aliases] : []) {
    const ref = parseCode(spelling);
    if (ref) keys.push(selfKey(ref));
  }
  for (const code of indexed.cites) {
    const ref = parseCode(code);
    if (ref) keys.push(citeKey(ref));
  }
  // Each text once, in field order: a name in the title need not be held again as a fact.
  const seen = new Set<string>();
  const unique = fields.filter((f) => !seen.has(f.text) && seen.add(f.text));
  const meta = headlineMeta(indexed);
  // Sentences of the body naming the facts, for excerpts (sentences.ts).
  const named = sentencesNaming(
    entry?.body ?? '',
    unique.filter((f) => f.kind === 'fact' || f.kind === 'name').map((f) => f.text),
  );
  if (named.length) meta.push([SENTENCES_META, named.join(FIELD_JOIN)]);
  return { url: story.url, fields: unique, keys: [...new Set(keys)], meta };
}
