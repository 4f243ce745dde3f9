/**
 * What Pagefind stores about each story page besides its text: metadata shown
 * on result cards, filters, the date sort key, and a few hidden keys the query
 * layer looks up (directive codes, other names of the subject).
 *
 * Keys and names go into metadata fields, which Pagefind 1.6 searches but never
 * puts into excerpts: they cannot leak into what readers see, and they cost a
 * few bytes per page in the fragment only.
 */
import type { StoryType } from '../content/relations.ts';
import { TYPE_LABELS } from '../site/labels.ts';
import { isoVn, vnParts } from '../vi/dateline.ts';
import { citeKey, parseCode, selfKey } from './directive-code.ts';

/** The facts about a story that search needs, independent of Astro. */
export interface IndexedStory {
  type: StoryType;
  title: string;
  sapo: string;
  date: Date;
  section?: string | undefined;
  tags: readonly string[];
  /** Provinces the story is about. */
  provinces: readonly string[];
  /** Codes of the directives the story cites. */
  cites: readonly string[];
  /** A directive page: its own code and the other spellings of it. */
  own?: { code: string; aliases: readonly string[] } | undefined;
  /** Other names the subject goes by, e.g. an honouree's name without rank. */
  names: readonly string[];
  /** URL of the lead picture. */
  image?: string | undefined;
}

/** Metadata, filter and sort keys, in the order they are written into the page. */
export interface SearchFields {
  meta: [string, string][];
  filters: [string, string][];
  sort: [string, string][];
}

/** Filter keys, as the search page names them in URLs. */
export const FILTER_KEYS = ['type', 'section', 'province', 'year', 'directive', 'tag'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Metadata field holding the hidden lookup keys. */
export const KEYS_FIELD = 'k';
/** Metadata field holding other names of the subject. */
export const NAMES_FIELD = 'aka';
/**
 * Metadata field holding the story's tags: a story is found by its tags, but the
 * page's TAG row is not indexed as text, or "TAG: nêu gương. Thanh Hóa." would be
 * the excerpt of every story tagged so (see EXCLUDE_SELECTORS).
 */
export const TAGS_FIELD = 'tags';

const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];
/** Pagefind reads "key:value"; a value is one line of text. */
const clean = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** What a result card shows of a story, in both search tiers: title, sapo, date, type, picture. */
export function headlineMeta(story: IndexedStory): [string, string][] {
  const meta: [string, string][] = [
    ['title', story.title],
    ['sapo', story.sapo],
    ['date', isoVn(story.date)],
    ['type', TYPE_LABELS[story.type]],
  ];
  if (story.image) meta.push(['image', story.image]);
  return meta;
}

export function searchFields(story: IndexedStory): SearchFields {
  const label = TYPE_LABELS[story.type];
  const date = isoVn(story.date);
  const keys: string[] = [];
  const names: string[] = [...story.names];
  if (story.own) {
    for (const spelling of [story.own.code, ...story.own.aliases]) {
      const ref = parseCode(spelling);
      if (ref) keys.push(selfKey(ref));
      else names.push(spelling);
    }
  }
  for (const code of story.cites) {
    const ref = parseCode(code);
    if (ref) keys.push(citeKey(ref));
  }

  const meta = headlineMeta(story);
  if (keys.length) meta.push([KEYS_FIELD, unique(keys).join(' ')]);
  const otherNames = unique(names.map(clean)).filter((n) => n && n !== clean(story.title));
  if (otherNames.length) meta.push([NAMES_FIELD, otherNames.join(' · ')]);
  const tags = unique(story.tags.map(clean)).filter(Boolean);
  if (tags.length) meta.push([TAGS_FIELD, tags.join(' · ')]);

  const directives = unique([...(story.own ? [story.own.code] : []), ...story.cites]);
  const filters: [string, string][] = [
    ['type', label],
    ...(story.section ? [['section', story.section] as [string, string]] : []),
    ...unique(story.provinces).map((p): [string, string] => ['province', p]),
    ['year', String(vnParts(story.date).year)],
    ...directives.map((d): [string, string] => ['directive', d]),
    ...unique(story.tags).map((t): [string, string] => ['tag', t]),
  ];
  return {
    meta: meta.map(([k, v]) => [k, clean(v)]),
    filters: filters.map(([k, v]) => [k, clean(v)]),
    sort: [['date', date]],
  };
}
