import { describe, expect, it } from 'vitest';
import { SLUG_MAX_CHARS, ScaffoldError, sameSlugFile, scaffold, shortenSlug } from '../../../src/lib/content/scaffold.ts';
import { TITLE_MAX_CHARS } from '../../../src/lib/content/check/text-rules.ts';

const NOW = new Date('2024-03-01T02:00:00Z');

/** A title of exactly n characters, made of whole Vietnamese words. */
const title = (n: number) => 'Hội nghị tổng kết công tác nêu gương '.repeat(20).slice(0, n - 1) + 'X';
const tooLong = (n: number) => `Tiêu đề dài ${n} ký tự, quá giới hạn 300 ký tự. Hãy viết tiêu đề ngắn gọn (nên dưới 150 ký tự); phần còn lại đưa vào phần tóm tắt sau khi tạo bài.`;

describe('shortenSlug', () => {
  it('keeps a slug of up to 80 characters', () => {
    expect(shortenSlug('a'.repeat(80))).toBe('a'.repeat(80));
    expect(shortenSlug('bai-moi')).toBe('bai-moi');
  });
  it('cuts a long slug at a word boundary: whole words only, no trailing hyphen', () => {
    const slug = 'hoi-nghi-tong-ket-cong-tac-neu-guong-'.repeat(5).replace(/-$/, '');
    const short = shortenSlug(slug);
    expect(short.length).toBeLessThanOrEqual(SLUG_MAX_CHARS);
    expect(short.length).toBeGreaterThan(SLUG_MAX_CHARS - 10);
    expect(slug.startsWith(`${short}-`)).toBe(true);
    expect(short).not.toMatch(/-$/);
    expect(short).toBe('hoi-nghi-tong-ket-cong-tac-neu-guong-hoi-nghi-tong-ket-cong-tac-neu-guong-hoi');
  });
  it('keeps a word ending exactly at the limit', () => {
    const slug = `${'a'.repeat(39)}-${'b'.repeat(40)}-cccc`;
    expect(shortenSlug(slug)).toBe(`${'a'.repeat(39)}-${'b'.repeat(40)}`);
    expect(shortenSlug(`${slug.slice(0, 80)}c`)).toBe('a'.repeat(39));
  });
  it('cuts inside a word only when a single word is longer than the limit', () => {
    expect(shortenSlug('x'.repeat(120))).toBe('x'.repeat(80));
  });
});

describe('scaffold titles', () => {
  it(`refuses a title over ${TITLE_MAX_CHARS} characters, the checker's own limit`, () => {
    expect(() => scaffold('bai-viet', title(300), NOW)).not.toThrow();
    for (const n of [301, 500]) {
      let err: unknown;
      try {
        scaffold('bai-viet', title(n), NOW);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ScaffoldError);
      expect((err as ScaffoldError).code).toBe('title-too-long');
      expect((err as ScaffoldError).message).toBe(tooLong(n));
    }
  });
  it('counts characters as an editor does: NFD input is counted in NFC', () => {
    expect(() => scaffold('bai-viet', title(300).normalize('NFD'), NOW)).not.toThrow();
  });
  it('drops invisible characters pasted with the title', () => {
    const entry = scaffold('bai-viet', '\u200BBài\u200E mới\uFEFF', NOW);
    expect(entry.path).toBe('bai-viet/bai-moi.mdx');
    expect(entry.text).toContain('title: "Bài mới"\n');
  });
  it('refuses a title without letters or digits', () => {
    expect(() => scaffold('bai-viet', '—?!', NOW)).toThrow(new ScaffoldError('empty-title', 'Tiêu đề "—?!" không tạo được tên tệp (cần có chữ hoặc số).'));
  });
  it('names the file after the first words of a long title, and keeps the whole title in the file', () => {
    const long = title(200);
    const entry = scaffold('bai-viet', long, NOW);
    expect(entry.slug).toBe('hoi-nghi-tong-ket-cong-tac-neu-guong-hoi-nghi-tong-ket-cong-tac-neu-guong-hoi');
    expect(entry.path).toBe(`bai-viet/${entry.slug}.mdx`);
    expect(entry.text).toContain(`title: ${JSON.stringify(long)}`);
    expect(entry.notes).toEqual([
      'Lưu ý: tiêu đề dài 200 ký tự; nên rút gọn còn dưới 150 ký tự.',
      `Tên tệp được rút gọn theo các chữ đầu của tiêu đề: ${entry.slug}.mdx (địa chỉ bài là tên tệp này).`,
    ]);
    expect(scaffold('bai-viet', 'Bài mới', NOW).notes).toEqual([]);
  });
});

describe('sameSlugFile', () => {
  const files = ['bai-viet/bai-mau.md', 'bai-viet/cũ/Bài Mới.MDX', 'bai-viet/anh/tin-anh.jpg', 'hoi-nghi/hoi-nghi-mau.md', 'guong-sang\\tap-the\\truong-mau.md'];
  it('finds the slug with any extension, in any subfolder of the collection', () => {
    expect(sameSlugFile('bai-viet', 'bai-mau', files)).toBe('bai-viet/bai-mau.md');
    expect(sameSlugFile('bai-viet', 'bai-moi', files)).toBe('bai-viet/cũ/Bài Mới.MDX');
  });
  it('looks across the whole collection: an individual and a collective share guong-sang/', () => {
    expect(sameSlugFile('ca-nhan', 'truong-mau', files)).toBe('guong-sang/tap-the/truong-mau.md');
  });
  it('ignores other collections and files that are not entries', () => {
    expect(sameSlugFile('bai-viet', 'hoi-nghi-mau', files)).toBeUndefined();
    expect(sameSlugFile('bai-viet', 'tin-anh', files)).toBeUndefined();
  });
});
