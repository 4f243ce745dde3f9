import { describe, expect, it } from 'vitest';
import { buildExcerpt, excerptText, titleEnd, splitWords } from '../../../src/lib/search/excerpt.ts';

const content = 'Gương sáng · Cá nhân. Cô giáo Bùi Thị Nụ. Trong số những tấm gương được giới thiệu, có cô Bùi Thị Nụ, Phó Hiệu trưởng. Đào Đức Toàn phát biểu <b>.';

describe('excerpts', () => {
  it('marks the words at the positions Pagefind reported, punctuation outside the mark', () => {
    const words = splitWords(content);
    const at = (w: string, from = 0) => words.findIndex((x, i) => i >= from && x.startsWith(w));
    const skip = titleEnd(words, 'Cô giáo Bùi Thị Nụ');
    expect(skip).toBe(at('Trong'));
    const e = buildExcerpt(content, [[at('Bùi', skip)], [at('Thị', skip)], [at('Nụ', skip)]], { skipBefore: skip, length: 12 });
    expect(excerptText(e)).toContain('có cô [Bùi] [Thị] [Nụ], Phó');
  });
  it('marks words for unaccented queries through the folded query forms', () => {
    const e = buildExcerpt(content, [], { marks: ['dao', 'duc', 'toan'].map((text) => ({ text, exact: false, prefix: false })), length: 60 });
    expect(excerptText(e)).toContain('[Đào] [Đức] [Toàn] phát biểu');
  });
  it('returns text, not HTML: markup in content stays text', () => {
    const e = buildExcerpt(content, [], { length: 60 });
    expect(e.every((s) => typeof s.text === 'string')).toBe(true);
    expect(excerptText(e)).toContain('<b>');
  });
  it('adds ellipses where the excerpt cuts the text', () => {
    const words = splitWords(content);
    const e = buildExcerpt(content, [[words.indexOf('Phó')]], { length: 5 });
    expect(excerptText(e)).toMatch(/^… .* …$/);
  });
});
