/**
 * Which feeds the site offers: the whole site, each collection, section, tag,
 * and each directive (the stories citing it). Each feed follows one page, which
 * advertises it with <link rel="alternate">.
 */
import { SECTIONS } from '../content/vocab.ts';
import type { Story, TagInfo } from '../content/relations.ts';
import { SITE_NAME } from '../site/labels.ts';
import { collectionPath, sectionPath, storyPath, tagPath } from '../site/urls.ts';
import { COLLECTION_SPECS } from '../content/collections.ts';

export interface FeedSpec {
  /** Site path of the feed: "/tag/neu-guong/rss.xml". */
  path: string;
  /** Site path of the page the feed follows: "/tag/neu-guong/". */
  pagePath: string;
  title: string;
  description: string;
  stories: Story[];
}

/** What feedSpecs needs from the site data. */
export interface FeedSource {
  stories: readonly Story[];
  tags: ReadonlyMap<string, TagInfo>;
  /** Directive id → stories citing it. */
  citing: ReadonlyMap<string, Story[]>;
  directives: readonly { id: string; data: { kind: string; code: string } }[];
}

export const feedPathOf = (pagePath: string): string => `${pagePath}rss.xml`;

const spec = (pagePath: string, title: string, description: string, stories: readonly Story[]): FeedSpec => ({
  path: feedPathOf(pagePath),
  pagePath,
  title: `${title} – ${SITE_NAME}`,
  description,
  stories: [...stories],
});

export function feedSpecs(site: FeedSource): FeedSpec[] {
  const of = (type: Story['type']) => site.stories.filter((s) => s.type === type);
  const specs = [
    spec('/', 'Tin mới', 'Tin mới nhất của Gương Sáng: hội nghị, văn bản, gương sáng và bài viết.', site.stories),
    ...COLLECTION_SPECS.map((c) => spec(collectionPath(c.type), c.label, c.feedDescription, of(c.type))),
  ];
  for (const section of SECTIONS) {
    specs.push(
      spec(
        sectionPath(section),
        section,
        `Tin, bài chuyên mục ${section}.`,
        site.stories.filter((s) => s.section === section),
      ),
    );
  }
  for (const t of site.tags.values()) {
    specs.push(spec(tagPath(t.slug), `Tag: ${t.name}`, `Tin, bài gắn tag “${t.name}”.`, t.stories));
  }
  for (const d of site.directives) {
    const name = `${d.data.kind} ${d.data.code}`;
    specs.push(spec(storyPath('directive', d.id), name, `Bài viết, hội nghị và gương sáng nhắc tới ${name}.`, site.citing.get(d.id) ?? []));
  }
  return specs;
}

/** Feeds a page advertises: its own (for every page of a paginated list), then the whole site's. */
export function feedsForPage(pagePath: string, specs: readonly FeedSpec[]): FeedSpec[] {
  const listPath = pagePath.replace(/trang-\d+\/$/, '');
  const own = specs.find((s) => s.pagePath === listPath && s.pagePath !== '/');
  const site = specs.find((s) => s.pagePath === '/');
  return [own, site].filter((s): s is FeedSpec => s !== undefined);
}
