/**
 * What the home page shows, chosen once from the site's stories: the lead, "Mới
 * cập nhật", "Tiêu điểm", a block per chuyên mục and per collection. The lead
 * appears once on the page; "Mới cập nhật" spans every collection, a document
 * dated by its issue, with at most MAX_LATEST_DIRECTIVES documents so that a batch
 * of them does not push the news off it. Pure.
 */
import { byDateDesc, byIssuedDesc, type Story } from '../content/relations.ts';
import { SECTIONS } from '../content/vocab.ts';
import { featuredStories } from '../publish/related.ts';

export const LATEST = 6;
export const MAX_LATEST_DIRECTIVES = 2;
export const BLOCK_SIZE = 4;

export interface HomeBlocks {
  lead: Story | undefined;
  latest: Story[];
  picks: Story[];
  sections: { section: string; stories: Story[] }[];
  conferences: Story[];
  honourees: Story[];
  directives: Story[];
}

/** `stories` newest first; `featured` the keys of the stories editors marked `featured: true`. */
export function homeBlocks(stories: readonly Story[], featured: ReadonlySet<string>): HomeBlocks {
  const newest = [...stories].sort(byDateDesc);
  // The lead is the newest report (conference or article), not a reference page.
  const lead = newest.find((s) => s.type === 'conference' || s.type === 'article');
  const rest = newest.filter((s) => s !== lead);
  // A document is as new as its issue date: one filed on the site today but issued years ago
  // is not news. Documents issued at once (a batch) take at most MAX_LATEST_DIRECTIVES places.
  let directives = 0;
  const latest = [...rest]
    .sort(byIssuedDesc)
    .filter((s) => s.type !== 'directive' || ++directives <= MAX_LATEST_DIRECTIVES)
    .slice(0, LATEST);
  const reports = rest.filter((s) => s.type === 'conference' || s.type === 'article');
  return {
    lead,
    latest,
    picks: featuredStories(rest, featured),
    sections: SECTIONS.map((section) => ({ section, stories: reports.filter((s) => s.section === section).slice(0, BLOCK_SIZE) })).filter((b) => b.stories.length),
    conferences: rest.filter((s) => s.type === 'conference').slice(0, BLOCK_SIZE),
    honourees: rest.filter((s) => s.type === 'honouree').slice(0, 6),
    // Documents by their issue date, as the documents list sorts them.
    directives: rest
      .filter((s) => s.type === 'directive')
      .sort(byIssuedDesc)
      .slice(0, 6),
  };
}
