import { describe, expect, it } from 'vitest';
import { SITE_CONFIG, imprintLines } from '../../../src/site.config.ts';
import { SITE_NAME, SITE_TAGLINE } from '../../../src/lib/site/labels.ts';

describe('the site configuration', () => {
  it('is where the name and tagline used everywhere come from', () => {
    expect(SITE_NAME).toBe(SITE_CONFIG.name);
    expect(SITE_TAGLINE).toBe(SITE_CONFIG.tagline);
  });
  it('prints the imprint in the order news sites use, leaving out lines not filled in', () => {
    const lines = imprintLines({ ...SITE_CONFIG.imprint, address: '1 Phố Mẫu, Hà Nội', phone: '', email: 'toasoan@example.vn' });
    expect(lines.map(([label]) => label)).toEqual(['Cơ quan chủ quản', 'Giấy phép', 'Chịu trách nhiệm nội dung', 'Địa chỉ', 'Email']);
  });
});
