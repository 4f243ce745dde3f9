/** "Tin cùng chuyên mục" and "Tiêu điểm": lists chosen by rules, not by counting readers. */
import { byDateDesc, type Story } from '../content/relations.ts';

/** Which group a story's "Tin cùng chuyên mục" comes from: its section, or its kind when it has none. */
const sectionGroup = (s: Story): string => (s.section ? `section:${s.section}` : `type:${s.type}`);

/** Stories grouped by sectionGroup, each group newest first; built once per list (once per build). */
const groupsOf = new WeakMap<readonly Story[], Map<string, Story[]>>();
function sectionGroups(all: readonly Story[]): Map<string, Story[]> {
  let groups = groupsOf.get(all);
  if (!groups) {
    groups = new Map();
    for (const s of [...all].sort(byDateDesc)) {
      const key = sectionGroup(s);
      const group = groups.get(key);
      if (group) group.push(s);
      else groups.set(key, [s]);
    }
    groupsOf.set(all, groups);
  }
  return groups;
}

/**
 * Stories from the same chuyên mục, newest first. Stories without a section
 * (directives, honourees) are grouped with their own kind, which is what their
 * breadcrumb shows. Stories in `exclude` (already shown as "Tin khác") are skipped.
 */
export function sameSectionStories(story: Story, all: readonly Story[], limit = 5, exclude: readonly Story[] = []): Story[] {
  const skip = new Set([story.key, ...exclude.map((s) => s.key)]);
  const out: Story[] = [];
  for (const s of sectionGroups(all).get(sectionGroup(story)) ?? []) {
    if (out.length >= limit) break;
    if (!skip.has(s.key)) out.push(s);
  }
  return out;
}

/** The editor's picks for the home page ("Tiêu điểm"), newest first. */
export const featuredStories = (stories: readonly Story[], featuredKeys: ReadonlySet<string>, limit = 4): Story[] =>
  stories
    .filter((s) => featuredKeys.has(s.key))
    .sort(byDateDesc)
    .slice(0, limit);
