import { describe, expect, it } from 'vitest';
import { fixSource } from '../../../src/lib/content/check/fix.ts';
import { DirectiveIndex } from '../../../src/lib/vi/directive-code.ts';

const refs = [
  { id: 'quy-dinh-08-qdi-tw', code: '08-QĐi/TW', aliases: ['08-QĐ/TW'] },
  { id: 'chi-thi-05-ct-tw', code: '05-CT/TW', aliases: [] },
];
const index = new DirectiveIndex(refs);
const ids = new Set(refs.map((r) => r.id));

describe('safe fixes', () => {
  it('normalises to NFC and says so', () => {
    const src = '---\ntitle: ' + 'Hội nghị'.normalize('NFD') + '\n---\n' + 'Nội dung'.normalize('NFD') + '\n';
    const { text, changes } = fixSource(src, index, ids);
    expect(text).toBe('---\ntitle: Hội nghị\n---\nNội dung\n');
    expect(changes).toEqual(['chuẩn hóa chữ có dấu về dạng NFC']);
  });
  it('trims trailing whitespace in front matter only (two spaces in a body are a line break)', () => {
    const src = '---\ntitle: Tiêu đề   \nbyline: A\t\n---\nDòng một  \nDòng hai\n';
    const { text, changes } = fixSource(src, index, ids);
    expect(text).toBe('---\ntitle: Tiêu đề\nbyline: A\n---\nDòng một  \nDòng hai\n');
    expect(changes).toEqual(['bỏ khoảng trắng thừa ở cuối dòng 2', 'bỏ khoảng trắng thừa ở cuối dòng 3']);
  });
  it('replaces directive codes written in `directives` with their ids, keeping the rest', () => {
    const src = '---\ntitle: Bài # tiêu đề\ndirectives: [08-QĐ/TW, chi-thi-05-ct-tw, 05-CT/TƯ, 99-QĐ/TW]\n---\nThân bài.\n';
    const { text, changes } = fixSource(src, index, ids);
    expect(text).toContain('directives: [ quy-dinh-08-qdi-tw, chi-thi-05-ct-tw, chi-thi-05-ct-tw, 99-QĐ/TW ]');
    expect(text).toContain('title: Bài # tiêu đề');
    expect(text.endsWith('---\nThân bài.\n')).toBe(true);
    expect(changes).toEqual(['directives (mục 1): "08-QĐ/TW" → "quy-dinh-08-qdi-tw"', 'directives (mục 3): "05-CT/TƯ" → "chi-thi-05-ct-tw"']);
  });
  it('tidies spaces inside a directive\'s own code and aliases', () => {
    const src = '---\ncode: 101- QĐ/TW\naliases:\n  - 101 - QĐ / TW\n---\nThân.\n';
    const { text, changes } = fixSource(src, index, ids);
    expect(text).toContain('code: 101-QĐ/TW');
    expect(text).toContain('- 101-QĐ/TW');
    expect(changes).toHaveLength(2);
  });
  it('changes nothing in a clean file, and leaves broken YAML for the check to report', () => {
    const clean = '---\ntitle: Sạch\ndirectives: [quy-dinh-08-qdi-tw]\n---\nThân.\n';
    expect(fixSource(clean, index, ids)).toEqual({ text: clean, changes: [] });
    const broken = '---\ntitle: "mở mà không đóng\n---\nThân.\n';
    expect(fixSource(broken, index, ids)).toEqual({ text: broken, changes: [] });
  });
});
