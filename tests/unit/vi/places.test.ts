import { describe, expect, it } from 'vitest';
import { placeWithProvince } from '../../../src/lib/vi/places.ts';

describe('place and province in a fact box', () => {
  it('names the province once', () => {
    expect(placeWithProvince('Hà Nội', 'Hà Nội')).toBe('Hà Nội');
    expect(placeWithProvince('Hội trường Tỉnh ủy Nam Định', 'Nam Định')).toBe('Hội trường Tỉnh ủy Nam Định');
    expect(placeWithProvince('Trung tâm Hội nghị tỉnh, TP. Vinh, Nghệ An', 'Nghệ An')).toBe('Trung tâm Hội nghị tỉnh, TP. Vinh, Nghệ An');
    // Compared without case or marks, as written in NFD too.
    expect(placeWithProvince('Hà Nội'.normalize('NFD'), 'HÀ NỘI')).toBe('Hà Nội'.normalize('NFD'));
  });
  it('adds the province when the place does not end with it', () => {
    expect(placeWithProvince('Hội trường Tỉnh ủy', 'Nam Định')).toBe('Hội trường Tỉnh ủy, Nam Định');
    // A place that only contains the name inside another word is not the province.
    expect(placeWithProvince('Nhà văn hóa xã Nam Định Mới', 'Nam Định')).toBe('Nhà văn hóa xã Nam Định Mới, Nam Định');
    expect(placeWithProvince('Hội trường', undefined)).toBe('Hội trường');
  });
});
