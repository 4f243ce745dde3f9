import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { checkContent } from '../../../src/lib/content/check/check.ts';
import { formatProblem, hasErrors } from '../../../src/lib/content/check/problems.ts';
import { MALFORMED_CASES } from './malformed-cases.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const MALFORMED = join(FIXTURES, 'malformed');

/** The valid fixture content plus one malformed file (and the pictures the cases use). */
function contentWith(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gs-check-'));
  cpSync(join(FIXTURES, 'content'), dir, { recursive: true });
  cpSync(join(MALFORMED, 'hoi-nghi/anh'), join(dir, 'hoi-nghi/anh'), { recursive: true });
  // Too big to commit: a file just over the 10 MB limit.
  writeFileSync(join(dir, 'hoi-nghi/anh/qua-nang.jpg'), Buffer.alloc(10.5 * 1024 * 1024));
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  cpSync(join(MALFORMED, file), join(dir, file));
  return dir;
}

describe('the valid fixture', () => {
  it('has no errors (its NFD file only draws warnings)', async () => {
    const dir = join(FIXTURES, 'content');
    const { problems } = await checkContent({ root: dir, contentDir: dir });
    expect(hasErrors(problems)).toBe(false);
    expect(problems.every((p) => p.rule === 'not-nfc')).toBe(true);
  });
});

describe('malformed content: one problem each, with file, line, field and message', () => {
  it('covers at least 25 cases', () => expect(MALFORMED_CASES.length).toBeGreaterThanOrEqual(25));
  for (const [file, expected] of MALFORMED_CASES) {
    it(file, async () => {
      const dir = contentWith(file);
      const { problems } = await checkContent({ root: dir, contentDir: dir });
      const mine = problems.filter((p) => p.file === file);
      expect(mine.map(formatProblem)).toEqual([expected]);
      expect(formatProblem(mine[0]!)).not.toMatch(/received|expected|undefined|\*\*|\n\s+at /i);
    });
  }

  it('names both files when two files get the same slug', async () => {
    const dir = contentWith('bai-viet/the-loai-sai.md');
    const copy = 'bai-viet/cũ/Bài mẫu Nam Định.md';
    mkdirSync(join(dir, 'bai-viet/cũ'));
    writeFileSync(join(dir, copy), readFileSync(join(dir, 'bai-viet/bai-mau-nam-dinh.md')));
    const { problems } = await checkContent({ root: dir, contentDir: dir });
    expect(problems.filter((p) => p.rule === 'duplicate-slug').map(formatProblem)).toEqual([
      `bai-viet/bai-mau-nam-dinh.md:1 — địa chỉ (slug) "bai-mau-nam-dinh" trùng với ${copy}; hãy đổi tên một trong các tệp`,
      `${copy}:1 — địa chỉ (slug) "bai-mau-nam-dinh" trùng với bai-viet/bai-mau-nam-dinh.md; hãy đổi tên một trong các tệp`,
    ]);
  });

  it('reports every problem of every file in one run', async () => {
    const dir = contentWith('bai-viet/the-loai-sai.md');
    for (const [file] of MALFORMED_CASES) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      cpSync(join(MALFORMED, file), join(dir, file));
    }
    const { problems } = await checkContent({ root: dir, contentDir: dir });
    const files = new Set(problems.map((p) => p.file));
    for (const [file] of MALFORMED_CASES) expect(files.has(file), file).toBe(true);
  });
});

describe('provincial document codes in bodies', () => {
  it('links no Tỉnh ủy code to Trung ương’s, and says when two provinces share one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gs-check-'));
    cpSync(join(FIXTURES, 'content'), dir, { recursive: true });
    const directive = (file: string, province: string) =>
      writeFileSync(join(dir, 'van-ban', file), readFileSync(join(dir, 'van-ban/chi-thi-05-ct-tw.md'), 'utf8').replace('code: 05-CT/TW', 'code: 15-CT/TU').replace('issuer: Bộ Chính trị', `issuer: Tỉnh ủy ${province}\nprovince: ${province}`));
    directive('chi-thi-15-ct-tu-nghe-an.md', 'Nghệ An');
    directive('chi-thi-15-ct-tu-ha-tinh.md', 'Hà Tĩnh');
    // A story of Nghệ An names its own province's 15-CT/TU: linked, no warning.
    const own = join(dir, 'guong-sang/ca-nhan/vo-thi-yen.md');
    writeFileSync(own, `${readFileSync(own, 'utf8').trimEnd()}\n\nChị thực hiện tốt Chỉ thị 15-CT/TU.\n`);
    const story = join(dir, 'bai-viet/bai-mau-nam-dinh.md');
    writeFileSync(story, `${readFileSync(story, 'utf8').trimEnd()}\n\nTỉnh ủy ban hành Chỉ thị 05-CT/TU và Chỉ thị 15-CT/TU.\n`);
    const { problems } = await checkContent({ root: dir, contentDir: dir });
    const mine = problems.filter((p) => p.file === 'bai-viet/bai-mau-nam-dinh.md').map((p) => [p.rule, p.message]);
    expect(mine).toEqual([
      ['unknown-directive-code', expect.stringContaining('"05-CT/TU"')],
      ['ambiguous-directive-code', expect.stringContaining('chi-thi-15-ct-tu-ha-tinh, chi-thi-15-ct-tu-nghe-an')],
    ]);
    expect(hasErrors(problems)).toBe(false);
    expect(problems.filter((p) => p.file === 'guong-sang/ca-nhan/vo-thi-yen.md' && /directive-code/.test(p.rule))).toEqual([]);
  });
});
