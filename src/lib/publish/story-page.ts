/**
 * The page model of a story route: everything a story page shows besides its own
 * entry's fields — related stories, link lists, search fields, share image,
 * modified date — and the digest of those inputs, computed once per story per
 * build. A route builds it in getStaticPaths (its `key` is the page's cacheKey,
 * its `shareKey` the share image's) and passes it down; the layout and its
 * components read it and never look a story up again, so the key covers exactly
 * what the page shows.
 */
import { relatedStories, type Story } from '../content/relations.ts';
import { remember } from '../remember.ts';
import type { HonoureeKind } from '../content/vocab.ts';
import type { CollectionName } from '../content/collections.ts';
import type { SiteData } from '../site/site-data.ts';
import { entryOf, storyModified, type SiteEntry } from '../site/entries.ts';
import { directiveLinks, honoureeLinks, storyLinks, type Link } from '../site/links.ts';
import { searchFields, type SearchFields } from '../search/fields.ts';
import { indexedStory } from '../search/site-fields.ts';
import { sameSectionStories } from './related.ts';
import { storyCrumbs, type Crumb } from '../site/listings.ts';
import { HONOUREE_FOLDERS } from '../content/collections.ts';
import { HONOUREE_KIND_LABELS } from '../site/labels.ts';
import { shareCoverOf, shareImage, shareKicker, type EntryPicture, type ShareCard, type ShareCover, type ShareImageInfo } from './share-card.ts';
import { absoluteUrl } from './site-url.ts';
import { digestOf, fileDigest, imageFile, listedDigests, siteDigest, storyDigest } from './page-keys.ts';

/** The link lists a story page may show; each holds what applies to the story's kind, the rest are empty. */
export interface StoryLinkLists {
  /** An article's conference. */
  conference: Link[];
  directives: Link[];
  honourees: Link[];
  /** A directive's citing stories. */
  citing: Link[];
  /** An honouree's mentioning stories. */
  mentioning: Link[];
  /** A conference's reports. */
  reports: Link[];
}

export interface StoryPage {
  story: Story;
  /** "Trang chủ › <chuyên mục>", linked. */
  breadcrumb: Crumb[];
  entry: SiteEntry | undefined;
  /** The page's absolute URL. */
  url: string;
  /** "Tin khác". */
  related: Story[];
  /** "Tin cùng chuyên mục", less the related stories. */
  sameSection: Story[];
  links: StoryLinkLists;
  /** When the story last really changed: its updatedAt, or its publication. */
  modified: Date;
  /** The cover, cropped, as the share image; undefined when the story has none big enough. */
  shareCover: ShareCover | undefined;
  /** Otherwise the card drawn for it, and where it is published (`share`). */
  shareCard: ShareCard | undefined;
  share: ShareImageInfo | undefined;
  /** Pagefind metadata, filters and sort key. */
  search: SearchFields;
  /** Digest of everything the page shows: its cacheKey. */
  key: string;
  /** Digest of what the drawn card shows: its cacheKey. */
  shareKey: string;
}

const models = new WeakMap<SiteData, Map<string, Promise<StoryPage>>>();

/** The page model of `story`, once per build. */
export function storyPage(site: SiteData, story: Story): Promise<StoryPage> {
  let map = models.get(site);
  if (!map) models.set(site, (map = new Map<string, Promise<StoryPage>>()));
  return remember(map, story.key, () => build(site, story));
}

async function build(site: SiteData, story: Story): Promise<StoryPage> {
  const entry = entryOf(site, story);
  const related = relatedStories(story, site.stories);
  const sameSection = sameSectionStories(story, site.stories, 5, related);
  const linked = {
    conference: story.type === 'article' && story.conference ? [story.conference].flatMap((id) => site.storyByKey.get(`conferences/${id}`) ?? []) : [],
    directives: story.directives.flatMap((id) => site.storyByKey.get(`directives/${id}`) ?? []),
    honourees: story.honourees.flatMap((id) => site.storyByKey.get(`honourees/${id}`) ?? []),
    citing: story.type === 'directive' ? (site.citing.get(story.id) ?? []) : [],
    mentioning: story.type === 'honouree' ? (site.mentioning.get(story.id) ?? []) : [],
    reports: story.type === 'conference' ? (site.reports.get(story.id) ?? []) : [],
  };
  const links: StoryLinkLists = {
    conference: storyLinks(linked.conference),
    directives: directiveLinks(site, story.directives),
    honourees: honoureeLinks(site, story.honourees),
    citing: storyLinks(linked.citing),
    mentioning: storyLinks(linked.mentioning),
    reports: storyLinks(linked.reports),
  };
  const search = searchFields(indexedStory(site, story));
  const honoureeKind = story.type === 'honouree' ? (entry?.data as { kind?: HonoureeKind } | undefined)?.kind : undefined;
  const coverPath = imageFile(story.image?.src);
  const data = entry?.data as { cover?: EntryPicture; portrait?: EntryPicture } | undefined;
  const cropped = shareCoverOf(data?.cover ?? data?.portrait);
  const shareCover = cropped && { ...cropped, file: coverPath };
  const shareCard: ShareCard = { title: story.title, kicker: shareKicker(story, honoureeKind), coverPath };
  const shown = [...related, ...sameSection, ...Object.values(linked).flat()];
  const kindCrumb = honoureeKind ? { label: HONOUREE_KIND_LABELS[honoureeKind], href: `/${HONOUREE_FOLDERS[honoureeKind]}/` } : undefined;
  return {
    story,
    breadcrumb: storyCrumbs(story, kindCrumb),
    entry,
    url: absoluteUrl(story.url),
    related,
    sameSection,
    links,
    modified: storyModified(site, story),
    shareCover,
    shareCard: shareCover ? undefined : shareCard,
    share: shareCover ? undefined : shareImage(story),
    search,
    // The stories shown by their digests (an edit of one re-renders the pages showing it), and the
    // values computed from the whole site (search fields depend on the site's tags and provinces).
    key: digestOf(siteDigest(site), storyDigest(site, story), listedDigests(site, shown), search),
    shareKey: digestOf(shareCard.title, shareCard.kicker, coverPath ? fileDigest(coverPath) : null),
  };
}

/**
 * The static paths of a story route: one per entry of `collection`, with the entry and
 * its page model as props and the model's key as the cacheKey.
 */
export function storyRoutes<E extends { id: string }, P extends Record<string, string>>(
  site: SiteData,
  collection: CollectionName,
  entries: readonly E[],
  params: (entry: E) => P,
): Promise<{ params: P; props: { entry: E; page: StoryPage }; cacheKey: string }[]> {
  return Promise.all(
    entries.map(async (entry) => {
      const story = site.storyByKey.get(`${collection}/${entry.id}`);
      if (!story) throw new Error(`No story for ${collection}/${entry.id}`);
      const page = await storyPage(site, story);
      return { params: params(entry), props: { entry, page }, cacheKey: page.key };
    }),
  );
}
