import { describe, expect, it } from 'vitest';
import { decodeTcvn3, detectLegacyEncoding, isVietnameseSyllable } from '../../../src/lib/vi/legacy-encoding.ts';

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
  it('lets Latin-1 symbols be text: units, degrees, guillemets, marks, fractions', () => {
    const clean = [
      'Nhà văn hóa rộng 120 m², sân 1.500 m³, diện tích 12 km²',
      'Trời nắng nóng 39°C, có nơi trên 41 °C',
      'Phong trào «Dân vận khéo» và «Học tập và làm theo Bác»',
      'Sản phẩm OCOP mang nhãn hiệu Sen Làng Sen® được bảo hộ',
      'Sai số ±5%, kích thước 2×3 m, tăng ×2 so với năm trước',
      'Gần ½ số hộ, khoảng ¼ dân số; Bản quyền ©2024 Gương Sáng',
      'Hạt bụi mịn dưới 2,5 µm; liều 50 µg',
      'Theo §3 của Điều lệ, khoản §12a',
    ];
    for (const text of clean) expect(detectLegacyEncoding(text), text).toBeUndefined();
  });
  it('still catches TCVN3 and VNI mojibake written next to such symbols', () => {
    expect(detectLegacyEncoding('DiÖn tÝch 120 m², nhiÖt ®é 39°C')).toMatchObject({ encoding: 'TCVN3', word: 'DiÖn' });
    expect(detectLegacyEncoding('«Dân vận khéo» – TrÝch yÕu')).toMatchObject({ encoding: 'TCVN3', word: 'TrÝch' });
    expect(detectLegacyEncoding('© 2021 Ninh B×nh')).toMatchObject({ encoding: 'TCVN3', word: 'B×nh' });
    expect(detectLegacyEncoding('«ng NguyÔn V¨n A')).toMatchObject({ encoding: 'TCVN3', word: '«ng' });
    expect(detectLegacyEncoding('39°C, Nguyeãn Vaên A ½ soá')).toMatchObject({ encoding: 'VNI', word: 'Vaên' });
  });
  it('reads a suspect word back through the TCVN3 table and asks whether it is a syllable', () => {
    expect(decodeTcvn3('§¶ng')).toBe('Đảng');
    expect(decodeTcvn3('ph\u00ADêng')).toBe('phường');
    expect(isVietnameseSyllable('Đảng')).toBe(true);
    expect(isVietnameseSyllable('nghiêng')).toBe(true);
    expect(isVietnameseSyllable(decodeTcvn3('m²'))).toBe(false);
    expect(isVietnameseSyllable(decodeTcvn3('«Dân'))).toBe(false);
    expect(isVietnameseSyllable('ảá')).toBe(false);
  });
});
