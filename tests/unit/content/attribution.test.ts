import { describe, expect, it } from 'vitest';
import { sourceLine } from '../../../src/lib/content/attribution.ts';

describe('the credit line of a retold story', () => {
  const date = new Date('2021-05-10T00:00:00+07:00');
  it('names the outlet, its date, and the writer and photographer it names', () => {
    expect(sourceLine({ outlet: 'Báo Nam Định', date, author: 'Trần Văn Trọng', photographer: 'Trần Văn Trọng' })).toBe('Theo Báo Nam Định, 10/05/2021; bài và ảnh: Trần Văn Trọng');
    expect(sourceLine({ outlet: 'Báo Nghệ An', photographer: 'Phương Thúy' })).toBe('Theo Báo Nghệ An; ảnh: Phương Thúy');
    expect(sourceLine({ outlet: 'Báo Kinh tế & Đô thị', author: 'Hương Ly', photographer: 'Bùi Tuấn' })).toBe('Theo Báo Kinh tế & Đô thị; bài: Hương Ly; ảnh: Bùi Tuấn');
  });
  it('is the outlet alone when the source names no one', () => {
    expect(sourceLine({ outlet: 'Báo Nghệ An' })).toBe('Theo Báo Nghệ An');
  });
});
