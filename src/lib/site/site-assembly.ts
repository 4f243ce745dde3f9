/**
 * The published site as one object, assembled from its entries: every story,
 * the tag map and backlinks, computed once. Pure (types only from astro:content),
 * so unit tests can assemble a site from entries of their own.
 */
import type { CollectionEntry } from 'astro:content';
import { backlinks, buildTagMap, byDateDesc, type Story, type TagInfo } from '../content/relations.ts';
import { comparePersons, compareVi } from '../vi/collate.ts';
import { storyPath } from './urls.ts';

export type Directive = CollectionEntry<'directives'>;
export type Conference = CollectionEntry<'conferences'>;
export type Honouree = CollectionEntry<'honourees'>;
export type Article = CollectionEntry<'articles'>;

/** The published entries of every collection. */
export interface Published {
  directives: Directive[];
  conferences: Conference[];
  honourees: Honouree[];
  articles: Article[];
}

export interface SiteData {
  directives: Directive[];
  conferences: Conference[];
  honourees: Honouree[];
  articles: Article[];
  /** Every published entry as a story, newest first. */
  stories: Story[];
  storyByKey: Map<string, Story>;
  tags: Map<string, TagInfo>;
  /** Directive id → stories citing it. */
  citing: Map<string, Story[]>;
  /** Honouree id → stories mentioning them. */
  mentioning: Map<string, Story[]>;
  /** Conference id → the articles reporting on it, newest first. */
  reports: Map<string, Story[]>;
  /** Honourees in directory order: people by given name, collectives by name. */
  directory: Honouree[];
  directiveById: Map<string, Directive>;
  honoureeById: Map<string, Honouree>;
  conferenceById: Map<string, Conference>;
}

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
const refIds = (refs: readonly { id: string }[] | undefined) => (refs ?? []).map((r) => r.id);

export const directiveStory = (e: Directive): Story => ({
  key: `directives/${e.id}`,
  type: 'directive',
  id: e.id,
  url: storyPath('directive', e.id),
  title: `${e.data.kind} ${e.data.code}`,
  sapo: e.data.summary,
  date: e.data.publishedAt,
  issued: e.data.issuedAt,
  tags: e.data.tags,
  directives: [],
  honourees: [],
});

/** Fields conferences and articles share (their schema's storyBase). */
const reportFields = (e: Conference | Article) => ({
  id: e.id,
  title: e.data.title,
  sapo: e.data.sapo,
  date: e.data.publishedAt,
  section: e.data.section,
  tags: e.data.tags,
  directives: refIds(e.data.directives),
  honourees: refIds(e.data.honourees),
  image: e.data.cover,
});

export const conferenceStory = (e: Conference): Story => ({
  ...reportFields(e),
  key: `conferences/${e.id}`,
  type: 'conference',
  url: storyPath('conference', e.id),
  conference: e.id,
});

export const honoureeStory = (e: Honouree): Story => ({
  key: `honourees/${e.id}`,
  type: 'honouree',
  id: e.id,
  url: storyPath('honouree', e.id, e.data.kind),
  title: e.data.kind === 'individual' && e.data.rank ? `${e.data.rank} ${e.data.name}` : e.data.name,
  sapo: e.data.summary,
  date: e.data.publishedAt,
  section: e.data.section,
  tags: e.data.tags,
  directives: refIds(e.data.directives),
  honourees: [],
  image: e.data.portrait,
});

export const articleStory = (e: Article): Story => ({
  ...reportFields(e),
  key: `articles/${e.id}`,
  type: 'article',
  url: storyPath('article', e.id),
  conference: e.data.conference?.id,
});

/**
 * The site from its published entries: stories, relations and lookups. Pure; sorts
 * the entry lists in place (getCollection() order is not stable).
 */
export function assembleSite({ directives, conferences, honourees, articles }: Published): SiteData {
  // getCollection() order is not stable.
  directives.sort((a, b) => compareVi(a.data.code, b.data.code) || byId(a, b));
  conferences.sort((a, b) => b.data.startsAt.getTime() - a.data.startsAt.getTime() || byId(a, b));
  articles.sort((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || byId(a, b));
  honourees.sort(byId);

  const stories = [...directives.map(directiveStory), ...conferences.map(conferenceStory), ...honourees.map(honoureeStory), ...articles.map(articleStory)].sort(byDateDesc);

  const directory = [...honourees].sort((a, b) =>
    a.data.kind !== b.data.kind
      ? a.data.kind === 'individual'
        ? -1
        : 1
      : a.data.kind === 'individual'
        ? comparePersons(a.data, b.data)
        : compareVi(a.data.sortName ?? a.data.name, b.data.sortName ?? b.data.name),
  );

  return {
    directives,
    conferences,
    honourees,
    articles,
    stories,
    storyByKey: new Map(stories.map((s) => [s.key, s])),
    tags: buildTagMap(stories),
    citing: backlinks(stories, 'directives'),
    mentioning: backlinks(stories, 'honourees'),
    reports: reportsByConference(stories),
    directory,
    directiveById: new Map(directives.map((e) => [e.id, e])),
    honoureeById: new Map(honourees.map((e) => [e.id, e])),
    conferenceById: new Map(conferences.map((e) => [e.id, e])),
  };
}

/** Articles by the conference they report on, in the stories' order. */
function reportsByConference(stories: readonly Story[]): Map<string, Story[]> {
  const out = new Map<string, Story[]>();
  for (const s of stories) {
    if (s.type !== 'article' || !s.conference) continue;
    const list = out.get(s.conference);
    if (list) list.push(s);
    else out.set(s.conference, [s]);
  }
  return out;
}
