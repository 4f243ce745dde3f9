/** Date archives: stories grouped by the month they were published, in Vietnam time. */
import { byDateDesc, paginate, type Story } from '../content/relations.ts';
import { vnParts } from '../vi/dateline.ts';
import { pagePath } from '../site/urls.ts';
import { PAGE_SIZE } from '../site/listings.ts';

export interface ArchiveMonth {
  year: number;
  /** 1–12. */
  month: number;
  /** "/2019/07/" */
  path: string;
  /** "Tháng 7 năm 2019" */
  heading: string;
  /** Newest first. */
  stories: Story[];
}

export interface ArchiveYear {
  year: number;
  /** Newest month first. */
  months: ArchiveMonth[];
  count: number;
}

export const monthPath = (year: number, month: number): string => `/${year}/${String(month).padStart(2, '0')}/`;
export const monthHeading = (year: number, month: number): string => `Tháng ${month} năm ${year}`;

/** Every month that has a story, newest first. */
export function archiveMonths(stories: readonly Story[]): ArchiveMonth[] {
  const byKey = new Map<string, ArchiveMonth>();
  for (const story of stories) {
    const { year, month } = vnParts(story.date);
    const key = `${year}-${month}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { year, month, path: monthPath(year, month), heading: monthHeading(year, month), stories: [] };
      byKey.set(key, entry);
    }
    entry.stories.push(story);
  }
  for (const m of byKey.values()) m.stories.sort(byDateDesc);
  return [...byKey.values()].sort((a, b) => b.year - a.year || b.month - a.month);
}

/** Months grouped by year, newest first, for the archive index. */
export function archiveYears(stories: readonly Story[]): ArchiveYear[] {
  const years: ArchiveYear[] = [];
  for (const m of archiveMonths(stories)) {
    let y = years.at(-1);
    if (!y || y.year !== m.year) years.push((y = { year: m.year, months: [], count: 0 }));
    y.months.push(m);
    y.count += m.stories.length;
  }
  return years;
}

export interface ArchivePage {
  month: ArchiveMonth;
  /** Route parameter after the month: undefined for page 1, "trang-2" after. */
  page: string | undefined;
  path: string;
  stories: Story[];
  current: number;
  total: number;
}

/** Month archives split into pages like every other list. */
export const archivePages = (stories: readonly Story[]): ArchivePage[] =>
  archiveMonths(stories).flatMap((month) =>
    paginate(month.stories, PAGE_SIZE).map((p) => ({
      month,
      page: p.current > 1 ? `trang-${p.current}` : undefined,
      path: pagePath(month.path, p.current),
      stories: p.items,
      current: p.current,
      total: p.total,
    })),
  );
