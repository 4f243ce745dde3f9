import { describe, expect, it } from 'vitest';
import { detectLegacyEncoding } from '../../../src/lib/vi/legacy-encoding.ts';

describe('legacy encoding detection', () => {
  it('spots VNI mojibake', () => {
    expect(detectLegacyEncoding('Ñoàng chí Nguyeãn Vaên A')).toMatchObject({ encoding: 'VNI' });
    expect(detectLegacyEncoding('Ban Thöôøng vuï Thaønh uûy')).toMatchObject({ encoding: 'VNI' });
    expect(detectLegacyEncoding('oâng Nguyeãn')?.word).toBe('oâng');
  });
  it('spots TCVN3 (.VnTime) mojibake', () => {
    expect(detectLegacyEncoding('§¶ng bé ph­êng')).toMatchObject({ encoding: 'TCVN3' });
    expect(detectLegacyEncoding('NguyÔn V¨n A')).toMatchObject({ encoding: 'TCVN3', word: 'NguyÔn' });
  });
  it('accepts real Vietnamese, including tricky vowel clusters, and ordinary symbols', () => {
    const clean = [
      'Nguyễn Văn Sơn, Phó Bí thư Thường trực Tỉnh ủy, khoá XII, hoà bình, thuỷ lợi, khuya, quân, thuê, yêu, tiên',
      'Đảng bộ Khối Các cơ quan tỉnh có 4.725 đảng viên, đạt 98,6% — “Kỷ cương-Trách nhiệm-Tận tình-Thân thiện”',
      'Tổng biên tập © 2021; TRƯỜNG THCS HÀN THUYÊN; ĐẢNG ỦY KHỐI; Ô tô; Ủy ban',
    ];
    for (const text of clean) expect(detectLegacyEncoding(text), text).toBeUndefined();
  });
});
