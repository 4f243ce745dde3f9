/**
 * `npm run check -- --fix` for pasted embed codes: each YouTube or Facebook <iframe>
 * becomes the <Video …/> line the check suggested. <Video> exists only in MDX, so a
 * Markdown file is given the .mdx ending as well — but only when its whole body, so
 * changed, is MDX the build accepts (a "{" or "<" in its text would not be); otherwise
 * the file is left for the editor, with the check's message saying what to do.
 */
import { parseContentFile } from './frontmatter.ts';
import { bodyProblems } from './body-rules.ts';

export interface VideoFixResult {
  text: string;
  changes: string[];
  /** The file's new ending, when it must become MDX. */
  extension?: '.mdx';
}

export function fixVideoEmbeds(source: string, isMdx: boolean): VideoFixResult {
  const parsed = parseContentFile(source);
  if (!parsed.hasFrontMatter) return { text: source, changes: [] };
  const videos = bodyProblems(parsed.body, isMdx ? 'mdx' : 'md').videos;
  if (!videos.length) return { text: source, changes: [] };
  const newline = source.includes('\r\n') ? '\r\n' : '\n';
  const lines = source.split(/\r?\n/);
  const changes: string[] = [];
  // Bottom to top, so the lines above keep their numbers.
  for (const v of [...videos].sort((a, b) => b.from - a.from)) {
    const from = parsed.bodyStartLine + v.from - 1;
    const to = parsed.bodyStartLine + v.to - 1;
    lines.splice(from - 1, to - from + 1, v.replacement);
    changes.unshift(`dòng ${from}: mã nhúng <iframe> → ${v.replacement}`);
  }
  const text = lines.join(newline);
  if (isMdx) return { text, changes };
  // The same body must stand as MDX: no syntax error, nothing the MDX rules refuse that Markdown allowed.
  const asMdx = bodyProblems(parseContentFile(text).body, 'mdx').problems.filter((p) => p.severity === 'error');
  if (asMdx.some((p) => p.rule !== 'placeholder')) return { text: source, changes: [] };
  return { text, changes: [...changes, 'đổi đuôi tệp thành .mdx (thành phần <Video> chỉ dùng được trong .mdx)'], extension: '.mdx' };
}
