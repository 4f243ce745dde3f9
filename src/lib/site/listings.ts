/**
 * Every listing page of the site (collections, sections, tags), paginated.
 * One description drives one route, so all lists look and behave alike.
 */
import { byDateDesc, byIssuedDesc, paginate, type Story, type TagInfo } from '../content/relations.ts';
import { SECTIONS } from '../content/vocab.ts';
import { slugify } from '../vi/slug.ts';
import { collectionPath, pagePath, sectionPath, tagPath } from './urls.ts';
import { COLLECTION_OF_TYPE, COLLECTION_SPECS } from '../content/collections.ts';

export const PAGE_SIZE = 12;

export interface Crumb {
  label: string;
  href?: string | undefined;
}

export interface ListingPage {
  /** Route parameter: path without slashes at the ends, e.g. "tag/neu-guong/trang-2". */
  param: string;
  heading: string;
  intro?: string | undefined;
  breadcrumb: Crumb[];
  stories: Story[];
  current: number;
  total: number;
  /** Path of page 1 of this list, for pagination links. */
  listPath: string;
}

interface ListSpec {
  listPath: string;
  /** How the list is ordered: newest first, or documents by their issue date. */
  order?: (a: Story, b: Story) => number;
  heading: string;
  intro?: string;
  breadcrumb: Crumb[];
  stories: Story[];
}

/** The collections listed page by page (honourees have a directory page of their own). */
const COLLECTION_LISTS = COLLECTION_SPECS.filter((c) => !c.directory).map((c) => ({
  path: collectionPath(c.type),
  type: c.type,
  heading: c.label,
  intro: c.intro,
  filter: (s: Story) => s.type === c.type,
}));

const home: Crumb = { label: 'Trang chủ', href: '/' };

/** "Trang chủ › <collection>", linked. */
export const collectionCrumbs = (type: Story['type']): Crumb[] => [home, { label: COLLECTION_OF_TYPE[type].label, href: collectionPath(type) }];

/**
 * A story page's breadcrumb: "Trang chủ › <chuyên mục>", every crumb linked. The section
 * where the story has one; otherwise its collection (and, for an honouree, its kind's
 * directory: `kind` gives its label and path).
 */
export function storyCrumbs(story: Pick<Story, 'type' | 'section'>, kind?: Crumb): Crumb[] {
  if (story.section) return [home, { label: story.section, href: sectionPath(story.section) }];
  return [...collectionCrumbs(story.type), ...(kind ? [kind] : [])];
}

export function listingSpecs(stories: readonly Story[], tags: ReadonlyMap<string, TagInfo>): ListSpec[] {
  const specs: ListSpec[] = COLLECTION_LISTS.map((c) => ({
    listPath: c.path,
    heading: c.heading,
    intro: c.intro,
    breadcrumb: [home, { label: c.heading }],
    stories: stories.filter(c.filter),
    // Documents by their issue date, never by when the site published them.
    order: c.type === 'directive' ? byIssuedDesc : byDateDesc,
  }));
  for (const section of SECTIONS) {
    specs.push({
      listPath: sectionPath(section),
      heading: section,
      breadcrumb: [home, { label: section }],
      stories: stories.filter((s) => s.section === section),
    });
  }
  for (const tag of tags.values()) {
    specs.push({
      listPath: tagPath(tag.slug),
      heading: `Tag: ${tag.name}`,
      breadcrumb: [home, { label: 'Tag', href: '/tag/' }, { label: tag.name }],
      stories: tag.stories,
    });
  }
  return specs;
}

/** All listing pages, each list split into pages of PAGE_SIZE, newest first (documents: newest issued first). */
export function listingPages(stories: readonly Story[], tags: ReadonlyMap<string, TagInfo>): ListingPage[] {
  return listingSpecs(stories, tags).flatMap((spec) =>
    paginate([...spec.stories].sort(spec.order ?? byDateDesc), PAGE_SIZE).map((page) => ({
      param: pagePath(spec.listPath, page.current).replace(/^\/|\/$/g, ''),
      heading: spec.heading,
      intro: spec.intro,
      breadcrumb: spec.breadcrumb,
      stories: page.items,
      current: page.current,
      total: page.total,
      listPath: spec.listPath,
    })),
  );
}

/** Section slug → display name, for links. */
export const sectionBySlug = new Map(SECTIONS.map((s) => [slugify(s), s]));
