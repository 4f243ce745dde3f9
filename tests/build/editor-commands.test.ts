import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PLACEHOLDER, SCAFFOLD_TYPES, scaffold } from '../../src/lib/content/scaffold.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const run = (script: string, args: string[], contentDir: string) =>
  spawnSync(NODE, [join(ROOT, 'scripts', script), ...args], { cwd: contentDir, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' });

const freshContent = () => {
  const dir = mkdtempSync(join(tmpdir(), 'gs-editor-'));
  cpSync(join(ROOT, 'tests/fixtures/content'), dir, { recursive: true });
  return dir;
};

/** What an editor would write in place of each placeholder. */
const FILLS: [RegExp, string][] = [
  [/kind: "CẦN ĐIỀN: chọn một trong Hội nghị[^"]*"/, 'kind: Sơ kết'],
  [/kind: "CẦN ĐIỀN: chọn một trong Quy định[^"]*"/, 'kind: Chỉ thị'],
  [/genre: "CẦN ĐIỀN[^"]*"/, 'genre: Tin'],
  [/section: "CẦN ĐIỀN[^"]*"/, 'section: Xây dựng Đảng'],
  [/code: "CẦN ĐIỀN[^"]*"/, 'code: 77-CT/TW'],
  [/: "CẦN ĐIỀN[^"]*"/g, ': Nội dung đã điền'],
  [/^CẦN ĐIỀN: nội dung bài\.$/m, 'Nội dung bài đã viết xong.'],
];

describe('npm run new', () => {
  for (const type of SCAFFOLD_TYPES) {
    it(`writes a ${type} that fails the check until its placeholders are filled`, () => {
      const dir = freshContent();
      const made = run('new.ts', [type, 'Gương sáng Thành phố Hòa Bình'], dir);
      expect(made.status, made.stderr).toBe(0);
      const path = join(dir, scaffold(type, 'Gương sáng Thành phố Hòa Bình', new Date()).path);
      expect(path).toMatch(/guong-sang-thanh-pho-hoa-binh\.mdx$/);
      const written = readFileSync(path, 'utf8');
      expect(written).toContain(PLACEHOLDER);

      const before = run('check.ts', [], dir);
      expect(before.status).toBe(1);
      expect(before.stdout).toMatch(/còn chỗ "CẦN ĐIỀN"; hãy thay bằng nội dung thật/);

      let filled = written;
      for (const [pattern, value] of FILLS) filled = filled.replace(pattern, value);
      expect(filled).not.toContain(PLACEHOLDER.slice(0, 6) + ':');
      writeFileSync(path, filled);
      const after = run('check.ts', [], dir);
      expect(after.stdout).not.toMatch(/lỗi cú pháp|thiếu trường/);
      expect(after.status, after.stdout).toBe(0);
    });
  }

  it('refuses to overwrite an existing file', () => {
    const dir = freshContent();
    expect(run('new.ts', ['bai-viet', 'Bài mới'], dir).status).toBe(0);
    const path = join(dir, 'bai-viet/bai-moi.mdx');
    writeFileSync(path, 'nội dung của biên tập viên');
    const again = run('new.ts', ['bai-viet', 'Bài mới'], dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/đã có; không ghi đè/);
    expect(readFileSync(path, 'utf8')).toBe('nội dung của biên tập viên');
  });

  it('explains its usage in Vietnamese for an unknown type', () => {
    const r = run('new.ts', ['tin-vui', 'X'], freshContent());
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Loại "tin-vui" không có\. Cách dùng: npm run new/);
  });
});

describe('npm run check -- --fix', () => {
  it('applies only safe fixes, reports them, and leaves a clean check', () => {
    const dir = freshContent();
    const file = join(dir, 'bai-viet/bai-mau-nam-dinh.md');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('directives: [quy-dinh-08-qdi-tw, chi-thi-05-ct-tw]', 'directives: [08-QĐ/TW, chi-thi-05-ct-tw]   ').normalize('NFD'));
    const r = run('check.ts', ['--fix'], dir);
    expect(r.stdout).toContain('bai-viet/bai-mau-nam-dinh.md — đã sửa: chuẩn hóa chữ có dấu về dạng NFC');
    expect(r.stdout).toContain('bai-viet/bai-mau-nam-dinh.md — đã sửa: directives (mục 1): "08-QĐ/TW" → "quy-dinh-08-qdi-tw"');
    expect(r.status, r.stdout).toBe(0);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toBe(fixed.normalize('NFC'));
    expect(fixed).toContain('quy-dinh-08-qdi-tw');
    expect(existsSync(`${file}.tmp`)).toBe(false);
  });

  it('prints the same problems as JSON for tools', () => {
    const dir = freshContent();
    writeFileSync(join(dir, 'bai-viet/hong.md'), '---\ntitle: Hỏng\n---\nThân.\n');
    const r = run('check.ts', ['--json'], dir);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { problems: { file: string; line: number; field?: string; message: string }[] };
    expect(out.problems.filter((p) => p.file === 'bai-viet/hong.md').map((p) => p.field)).toEqual(expect.arrayContaining(['sapo', 'genre', 'section', 'byline', 'publishedAt']));
  });
});

/** A title of exactly n characters, made of whole Vietnamese words. */
const title = (n: number) => 'Hội nghị tổng kết công tác nêu gương '.repeat(20).slice(0, n - 1) + 'X';
const tooLong = (n: number) => `Tiêu đề dài ${n} ký tự, quá giới hạn 300 ký tự. Hãy viết tiêu đề ngắn gọn (nên dưới 150 ký tự); phần còn lại đưa vào phần tóm tắt sau khi tạo bài.`;

// Spawning the script costs a Node start each: the subfolder and cross-folder cases are covered by sameSlugFile above.
describe('npm run new, end to end', () => {
  const content = () => {
    const dir = mkdtempSync(join(tmpdir(), 'gs-new-'));
    cpSync(join(ROOT, 'tests/fixtures/content'), dir, { recursive: true });
    return dir;
  };
  const run = (dir: string, ...args: string[]) =>
    spawnSync(NODE, [join(ROOT, 'scripts/new.ts'), ...args], { cwd: dir, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
  const entries = (dir: string, folder: string) =>
    readdirSync(join(dir, folder), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.mdx?$/.test(f))
      .sort();

  it('refuses a 500-character title in one Vietnamese line, without a stack trace, writing nothing', () => {
    const dir = content();
    const before = entries(dir, 'bai-viet');
    const r = run(dir, 'bai-viet', title(500));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${tooLong(500)}\n`);
    expect(entries(dir, 'bai-viet')).toEqual(before);
  });

  it('writes a merely long title under a shortened file name', () => {
    const dir = content();
    const r = run(dir, 'bai-viet', title(200));
    expect(r.status, r.stderr).toBe(0);
    const slug = 'hoi-nghi-tong-ket-cong-tac-neu-guong-hoi-nghi-tong-ket-cong-tac-neu-guong-hoi';
    expect(r.stdout).toContain(`Đã tạo bai-viet/${slug}.mdx\n`);
    expect(r.stdout).toContain('Lưu ý: tiêu đề dài 200 ký tự; nên rút gọn còn dưới 150 ký tự.');
    expect(readFileSync(join(dir, `bai-viet/${slug}.mdx`), 'utf8')).toContain(`title: ${JSON.stringify(title(200))}`);
  });

  it('refuses the title of an existing .md story instead of writing a .mdx beside it', () => {
    const dir = content();
    const before = entries(dir, 'bai-viet');
    const r = run(dir, 'bai-viet', 'Bài mẫu Nam Định');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'Tệp bai-viet/bai-mau-nam-dinh.md đã có; không tạo bai-viet/bai-mau-nam-dinh.mdx vì hai tệp sẽ cùng địa chỉ "bai-mau-nam-dinh" và trang không dựng được. Hãy mở tệp đã có, hoặc chọn tiêu đề khác.\n',
    );
    expect(entries(dir, 'bai-viet')).toEqual(before);
  });
});
