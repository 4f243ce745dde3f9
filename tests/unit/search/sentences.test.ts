import { describe, expect, it } from 'vitest';
import { plainProse, sentencesNaming, sentencesOf } from '../../../src/lib/search/sentences.ts';
import { leadText } from '../../../src/lib/search/headline-words.ts';

describe('sentences of a body that name its facts', () => {
  const body = [
    "import X from './x';",
    '## Hội nghị',
    'Sáng 20/7/2019, hội nghị khai mạc tại Hà Nội. Đồng chí **Đào Đức Toàn** phát biểu chỉ đạo; đồng chí [Nguyễn Danh Tùng](/x/) chia sẻ kinh nghiệm.',
    '<Figure src="./anh/a.jpg" alt="Ảnh" caption="Toàn cảnh" credit="Minh Anh" />',
    'Các đơn vị triển khai Quy định 101-QĐ/TW từ đầu năm.',
  ].join('\n\n');

  it('reads MDX and Markdown as plain prose', () => {
    const prose = plainProse(body);
    expect(prose).not.toMatch(/import|\*\*|\]\(|<Figure|##/);
    expect(sentencesOf(prose)).toEqual([
      'Hội nghị Sáng 20/7/2019, hội nghị khai mạc tại Hà Nội.',
      'Đồng chí Đào Đức Toàn phát biểu chỉ đạo; đồng chí Nguyễn Danh Tùng chia sẻ kinh nghiệm.',
      'Các đơn vị triển khai Quy định 101-QĐ/TW từ đầu năm.',
    ]);
  });

  it('keeps, per name, the first sentence naming it, once', () => {
    expect(sentencesNaming(body, ['Đào Đức Toàn', 'Nguyễn Danh Tùng', '101-QĐ/TW', 'Ai Đó Khác', 'Hà'])).toEqual([
      'Đồng chí Đào Đức Toàn phát biểu chỉ đạo; đồng chí Nguyễn Danh Tùng chia sẻ kinh nghiệm.',
      'Các đơn vị triển khai Quy định 101-QĐ/TW từ đầu năm.',
    ]);
  });

  it('cuts a long sentence to the words around the name, at word boundaries', () => {
    const long = `${'Một hai ba bốn năm sáu bảy tám chín mười. '.replace(/\. $/, '')} ${Array.from({ length: 60 }, (_, i) => `từ${i}`).join(' ')} Bùi Thị Nụ ${Array.from({ length: 30 }, (_, i) => `chữ${i}`).join(' ')}.`;
    const [cut] = sentencesNaming(long, ['Bùi Thị Nụ']);
    expect(cut).toMatch(/^… từ\d+ .*Bùi Thị Nụ.* …$/);
    expect(cut!.split(' ').filter((w) => w !== '…')).toHaveLength(40);
  });

  it('reads the sapo without its outlet tag', () => {
    expect(leadText('(Gương Sáng) - Sáng 20/7/2019, tại Hà Nội')).toBe('Sáng 20/7/2019, tại Hà Nội');
    expect(leadText('Cô giáo Bùi Thị Nụ (Nam Định) - gương sáng')).toBe('Cô giáo Bùi Thị Nụ (Nam Định) - gương sáng');
  });
});
