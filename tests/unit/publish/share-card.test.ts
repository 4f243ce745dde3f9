import { describe, expect, it } from 'vitest';
import { isIllustration, shareCoverOf, shareKicker } from '../../../src/lib/publish/share-card.ts';
import { story } from './helpers.ts';

const picture = (width: number, height: number, text: Partial<{ alt: string; caption: string; credit: string }> = {}) => ({
  src: { width, height },
  alt: text.alt ?? 'Hội nghị sơ kết',
  caption: text.caption,
  credit: text.credit,
});

describe('the cover as a share image', () => {
  it('is cropped to 1200×630 when the cover is large enough', () => {
    expect(shareCoverOf(picture(2000, 1500))).toMatchObject({ width: 1200, height: 630, position: 'attention' });
    expect(shareCoverOf(picture(1200, 675))).toMatchObject({ width: 1200, height: 630 });
  });

  it('keeps the 1200:630 shape without enlarging a smaller cover', () => {
    // 800×450: 800 wide, 420 high (450 would need 857 px of width).
    expect(shareCoverOf(picture(800, 450))).toMatchObject({ width: 800, height: 420 });
    // A tall picture is limited by its height: 630 px of height need 1200 of width, it has 700.
    expect(shareCoverOf(picture(700, 1000))).toMatchObject({ width: 700, height: 368 });
  });

  it('leaves a cover too small for a large preview to a drawn card', () => {
    expect(shareCoverOf(picture(500, 400))).toBeUndefined();
    expect(shareCoverOf(picture(1200, 300))).toBeUndefined();
    expect(shareCoverOf(undefined)).toBeUndefined();
  });

  it('crops an illustration from the bottom, where its label is', () => {
    expect(shareCoverOf(picture(1200, 675, { credit: 'Gương Sáng (đồ họa minh họa)' }))?.position).toBe('bottom');
    expect(shareCoverOf(picture(1200, 675, { caption: 'Ảnh minh hoạ cho bài viết' }))?.position).toBe('bottom');
    expect(shareCoverOf(picture(1200, 675, { alt: 'ẢNH MINH HỌA: biểu trưng' }))?.position).toBe('bottom');
    expect(isIllustration({ alt: 'Đoàn viên minh họa hội thao', caption: undefined, credit: undefined })).toBe(true);
    expect(isIllustration({ alt: 'Quang cảnh hội nghị', caption: 'Ảnh: Trần Văn Trọng', credit: 'Báo Nam Định' })).toBe(false);
  });
});

describe('share card kicker', () => {
  it('is the section, else the kind', () => {
    expect(shareKicker(story('articles/a', { section: 'Xây dựng Đảng' }))).toBe('Xây dựng Đảng');
    expect(shareKicker(story('honourees/b', { section: undefined }), 'individual')).toBe('Gương sáng · Cá nhân');
    expect(shareKicker(story('directives/c', { section: undefined }))).toBe('Văn bản');
  });
});
