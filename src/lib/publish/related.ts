/** "Tin cùng chuyên mục" and "Tiêu điểm": lists chosen by rules, not by counting readers. */
import { byDateDesc, type Story } from '../content/relations.ts';

/**
 * Stories from the same chuyên mục, newest first. Stories without a section
 * (directives, honourees) are grouped with their own kind, which is what their
 * breadcrumb shows. Stories in `exclude` (already shown as "Tin khác") are skipped.
 */
export function sameSectionStories(story: Story, all: readonly Story[], limit = 5, exclude: readonly Story[] = []): Story[] {
  const skip = new Set([story.key, ...exclude.map((s) => s.key)]);
  const same = story.section ? (s: Story) => s.section === story.section : (s: Story) => !s.section && s.type === story.type;
  return all.filter((s) => !skip.has(s.key) && same(s)).sort(byDateDesc).slice(0, limit);
}

/** The editor's picks for the home page ("Tiêu điểm"), newest first. */
export const featuredStories = (stories: readonly Story[], featuredKeys: ReadonlySet<string>, limit = 4): Story[] =>
  stories.filter((s) => featuredKeys.has(s.key)).sort(byDateDesc).slice(0, limit);
