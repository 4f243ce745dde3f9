/**
 * A directive's title (its trích yếu) is printed as "Nội dung" and must be word for
 * word as issued. The sample content gives a title only where a reference article
 * gives it and the copy check allows it; the others (08-QĐi/TW, 101-QĐ/TW, 55-QĐ/TW,
 * 124-QĐ/TW, 05-CT/TW, 04-NQ/TW) are named by kind and number only, because the
 * reference articles also print their titles outside quotation marks and the copy
 * check cannot tell a title from a copied sentence; a shortened or reworded title
 * would be a paraphrase passing for the document's own words.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseContentFile } from '../../../src/lib/content/check/frontmatter.ts';
import { checkContent } from '../../../src/lib/content/check/check.ts';
import { formatProblem } from '../../../src/lib/content/check/problems.ts';

/** Titles as issued, by code, with the reference article that gives them. */
const AS_ISSUED: Record<string, string> = {
  // shared/sources/003 (the Bộ Chính trị's Quy định of 15/11/2017, its subject after "về").
  '102-QĐ/TW': 'Về xử lý kỷ luật đảng viên vi phạm',
};

const DIR = resolve(import.meta.dirname, '../../../content/van-ban');
const directives = readdirSync(DIR)
  .filter((f) => /\.mdx?$/.test(f))
  .map((f) => {
    const data = parseContentFile(readFileSync(join(DIR, f), 'utf8')).data ?? {};
    return { file: f, code: String(data['code']), title: data['title'] as string | undefined };
  });

describe('directive titles in the sample content', () => {
  it('are word for word as issued wherever a title is given', () => {
    for (const d of directives.filter((x) => x.title !== undefined)) expect(d.title, d.file).toBe(AS_ISSUED[d.code]);
  });

  it('are given for every document whose title a reference article gives and the copy check allows', () => {
    for (const [code, title] of Object.entries(AS_ISSUED)) expect(directives.find((d) => d.code === code)?.title, code).toBe(title);
  });
});

describe('the sample content as the copy desk would pass it', () => {
  it('draws no warning from the checker: house style (Bắc Bộ, curly quotes, capitals after a colon…) is kept', async () => {
    const root = resolve(import.meta.dirname, '../../..');
    const { problems } = await checkContent({ root, contentDir: join(root, 'content') });
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('repeats no sentence from one story in another: each profile is written for itself, not from a template', () => {
    const root = resolve(import.meta.dirname, '../../../content');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.mdx?$/.test(f));
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const file of files) {
      const prose = parseContentFile(readFileSync(join(root, file), 'utf8')).prose;
      // Sentences of eight words or more; headings ("## Trong các câu chuyện…") may recur by design.
      const sentences = prose
        .split('\n')
        .filter((line) => !line.startsWith('#'))
        .flatMap((line) => line.split(/(?<=[.!?…])\s+/))
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s.split(/\s+/).length >= 8);
      for (const s of new Set(sentences)) {
        const other = seen.get(s);
        if (other && other !== file) repeated.push(`${file} = ${other}: ${s}`);
        else seen.set(s, file);
      }
    }
    expect(repeated).toEqual([]);
  });
});
