/**
 * Relations between entries: tag map, backlinks and "Tin khác". Pure functions
 * over a flat story model, so they can be unit-tested and computed once per build.
 */
import { slugify } from '../vi/slug.ts';
import { compareVi } from '../vi/collate.ts';

export type StoryType = 'directive' | 'conference' | 'honouree' | 'article';

/** What listings and relations need to know about any published entry. */
export interface Story {
  /** Unique across collections: "articles/nam-dinh-…". */
  key: string;
  type: StoryType;
  id: string;
  url: string;
  title: string;
  sapo: string;
  /** Publication time on the site. */
  date: Date;
  /** A document's issue date (directives): lists show it and sort documents by it. */
  issued?: Date | undefined;
  section?: string | undefined;
  tags: string[];
  directives: string[];
  honourees: string[];
  /** Conference this story reports on (articles) or is (conferences). */
  conference?: string | undefined;
  /** Lead picture, for cards that show one. */
  image?: StoryImage | undefined;
}

/** The part of Astro's image metadata a card needs, with its text alternative. */
export interface StoryImage {
  src: { src: string; width: number; height: number; format: string };
  alt: string;
}

export interface TagInfo {
  slug: string;
  /** Display form: the spelling used most often, first seen on a tie. */
  name: string;
  stories: Story[];
}

/** Documents newest issued first (the publication date for a document without one); key order breaks ties. */
export const byIssuedDesc = (a: Story, b: Story): number => (b.issued ?? b.date).getTime() - (a.issued ?? a.date).getTime() || a.key.localeCompare(b.key);

/** Newest first; key order breaks ties so the result never depends on load order. */
export const byDateDesc = (a: Story, b: Story): number => b.date.getTime() - a.date.getTime() || a.key.localeCompare(b.key);

/** Tags by ASCII slug, each with its stories newest first; sorted the Vietnamese way. */
export function buildTagMap(stories: readonly Story[]): Map<string, TagInfo> {
  const spellings = new Map<string, Map<string, number>>();
  const members = new Map<string, Story[]>();
  for (const story of stories) {
    for (const tag of new Set(story.tags)) {
      const slug = slugify(tag);
      if (!slug) continue;
      const counts = spellings.get(slug) ?? new Map<string, number>();
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
      spellings.set(slug, counts);
      const list = members.get(slug) ?? [];
      if (!list.includes(story)) list.push(story);
      members.set(slug, list);
    }
  }
  const tags = [...members].map(([slug, list]): TagInfo => {
    const counts = [...spellings.get(slug)!];
    const name = counts.reduce((best, cur) => (cur[1] > best[1] ? cur : best))[0];
    return { slug, name, stories: [...list].sort(byDateDesc) };
  });
  tags.sort((a, b) => compareVi(a.name, b.name));
  return new Map(tags.map((t) => [t.slug, t]));
}

/** For each target id, the stories whose `field` lists it, newest first. */
export function backlinks(stories: readonly Story[], field: 'directives' | 'honourees'): Map<string, Story[]> {
  const map = new Map<string, Story[]>();
  for (const story of stories) {
    for (const id of new Set(story[field])) {
      const list = map.get(id) ?? [];
      list.push(story);
      map.set(id, list);
    }
  }
  for (const list of map.values()) list.sort(byDateDesc);
  return map;
}

/** Weights of what two stories share; a shared person or document says more than a shared tag. */
export const RELATION_WEIGHTS = { directive: 3, honouree: 4, conference: 5, tag: 1 } as const;

const overlap = (a: readonly string[], b: readonly string[]) => {
  const set = new Set(a);
  return new Set(b.filter((x) => set.has(x))).size;
};

/** How closely two stories are related; 0 when they share nothing. */
export function relationScore(a: Story, b: Story): number {
  const sameConference =
    (a.conference && (a.conference === b.conference || (b.type === 'conference' && b.id === a.conference))) ||
    (b.conference && a.type === 'conference' && a.id === b.conference);
  // A directive page is about itself; an honouree page is about the honouree.
  const aDirectives = a.type === 'directive' ? [a.id] : a.directives;
  const bDirectives = b.type === 'directive' ? [b.id] : b.directives;
  const aHonourees = a.type === 'honouree' ? [a.id, ...a.honourees] : a.honourees;
  const bHonourees = b.type === 'honouree' ? [b.id, ...b.honourees] : b.honourees;
  return (
    RELATION_WEIGHTS.directive * overlap(aDirectives, bDirectives) +
    RELATION_WEIGHTS.honouree * overlap(aHonourees, bHonourees) +
    RELATION_WEIGHTS.tag * overlap(a.tags.map(slugify), b.tags.map(slugify)) +
    (sameConference ? RELATION_WEIGHTS.conference : 0)
  );
}

/** What a story is about, as weighted features: its directives, honourees, conference and tags. */
function features(s: Story): Map<string, number> {
  const f = new Map<string, number>();
  const directives = s.type === 'directive' ? [s.id, ...s.directives] : s.directives;
  const honourees = s.type === 'honouree' ? [s.id, ...s.honourees] : s.honourees;
  for (const d of directives) f.set(`d:${d}`, RELATION_WEIGHTS.directive);
  for (const h of honourees) f.set(`h:${h}`, RELATION_WEIGHTS.honouree);
  const conference = s.type === 'conference' ? s.id : s.conference;
  if (conference) f.set(`c:${conference}`, RELATION_WEIGHTS.conference);
  for (const t of s.tags) f.set(`t:${slugify(t)}`, RELATION_WEIGHTS.tag);
  return f;
}

/**
 * Answers "Tin khác" for every story of a build without comparing every pair:
 * an inverted index from features to stories finds the candidates. A feature
 * shared by very many stories (a tag on every page) only contributes its
 * newest POPULAR_CAP stories as candidates; scores are always exact.
 */
export class RelatedIndex {
  static readonly POPULAR_CAP = 200;
  private readonly byRecency: Story[];
  /** Features by story key: pages pass fresh objects for the same story. */
  private readonly feats = new Map<string, Map<string, number>>();
  private readonly postings = new Map<string, Story[]>();

  constructor(stories: readonly Story[]) {
    this.byRecency = [...stories].sort(byDateDesc);
    for (const s of this.byRecency) {
      const f = features(s);
      this.feats.set(s.key, f);
      for (const key of f.keys()) {
        const list = this.postings.get(key) ?? [];
        list.push(s);
        this.postings.set(key, list);
      }
    }
  }

  /** Exact relatedness, equal to relationScore() but on precomputed features. */
  private score(a: Map<string, number>, b: Map<string, number>): number {
    let total = 0;
    const small = a.size <= b.size ? a : b;
    const large = small === a ? b : a;
    for (const [key, weight] of small) if (large.has(key)) total += weight;
    return total;
  }

  /** The `limit` stories most related to `story`, then the newest. */
  of(story: Story, limit = 6): Story[] {
    if (limit <= 0) return [];
    const mine = this.feats.get(story.key) ?? features(story);
    // The best `limit` candidates so far, best first, kept in place as candidates come: sorting
    // every candidate (over a thousand for a story with a common tag) was most of the cost of
    // all the page models of a 10,000-story build. Same order as a sort: `byDateDesc` never ties.
    const best: { story: Story; score: number }[] = [];
    const ahead = (score: number, s: Story, than: { story: Story; score: number }) => score > than.score || (score === than.score && byDateDesc(s, than.story) < 0);
    const seen = new Set<Story>();
    for (const key of mine.keys()) {
      const list = this.postings.get(key) ?? [];
      const end = Math.min(list.length, RelatedIndex.POPULAR_CAP);
      for (let i = 0; i < end; i++) {
        const s = list[i]!;
        if (seen.has(s)) continue;
        seen.add(s);
        if (s.key === story.key) continue;
        const score = this.score(mine, this.feats.get(s.key)!);
        if (score <= 0 || (best.length === limit && !ahead(score, s, best[limit - 1]!))) continue;
        let at = best.length;
        while (at > 0 && ahead(score, s, best[at - 1]!)) at--;
        best.splice(at, 0, { story: s, score });
        if (best.length > limit) best.pop();
      }
    }
    const ranked = best.map((x) => x.story);
    // Unrelated stories fill the list by recency.
    for (const s of this.byRecency) {
      if (ranked.length >= limit) break;
      if (s.key !== story.key && !ranked.includes(s)) ranked.push(s);
    }
    return ranked;
  }
}

const indexes = new WeakMap<readonly Story[], RelatedIndex>();

/**
 * "Tin khác": the stories most related to `story`, by shared directives,
 * honourees and tags, then newest first. Unrelated stories fill the list by
 * recency. The index is built once per list of stories (once per build).
 */
export function relatedStories(story: Story, all: readonly Story[], limit = 6): Story[] {
  let index = indexes.get(all);
  if (!index) indexes.set(all, (index = new RelatedIndex(all)));
  return index.of(story, limit);
}

export interface Page<T> {
  items: T[];
  /** 1-based. */
  current: number;
  total: number;
}

/** Splits a list into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({ items: items.slice(i * size, (i + 1) * size), current: i + 1, total }));
}
