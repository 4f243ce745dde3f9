import { describe, expect, it } from 'vitest';
import { slugFromPath, slugify } from '../../../src/lib/vi/slug.ts';
import { foldDiacritics, toNFC, toNFCDeep } from '../../../src/lib/vi/normalize.ts';

describe('slugify', () => {
  it('folds every Vietnamese mark to ASCII', () => {
    expect(slugify('Nêu gương sáng của Đảng viên')).toBe('neu-guong-sang-cua-dang-vien');
    expect(slugify('Ưu tú, ơn nghĩa, ăn ở, âm thầm')).toBe('uu-tu-on-nghia-an-o-am-tham');
  });
  it('maps đ and Đ, which have no Unicode decomposition', () => {
    expect(slugify('Đào Đức Toàn')).toBe('dao-duc-toan');
    expect(foldDiacritics('đĐ')).toBe('dD');
  });
  it('gives NFD and NFC input the same slug', () => {
    const nfc = 'Bùi Thị Nụ';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(slugify(nfd)).toBe(slugify(nfc));
    expect(slugify(nfd)).toBe('bui-thi-nu');
  });
  it('treats tone-placement variants alike (hòa/hoà, thủy/thuỷ)', () => {
    expect(slugify('Hòa Bình')).toBe(slugify('Hoà Bình'));
    expect(slugify('thủy lợi')).toBe(slugify('thuỷ lợi'));
    expect(slugify('Hoà')).toBe('hoa');
  });
  it('turns document codes into readable ASCII', () => {
    expect(slugify('Quy định 08-QĐi/TW')).toBe('quy-dinh-08-qdi-tw');
    expect(slugify('157/2007/NĐ-CP')).toBe('157-2007-nd-cp');
  });
  it('trims separators at the ends and collapses runs', () => {
    expect(slugify('  --Hội   nghị!!  ')).toBe('hoi-nghi');
    expect(slugify('“Tọa đàm”')).toBe('toa-dam');
  });
  it('derives entry ids from file names with either extension', () => {
    expect(slugFromPath('ca-nhan/Bùi Thị Nụ.mdx')).toBe('bui-thi-nu');
    expect(slugFromPath('content\\van-ban\\quy-dinh-08.md')).toBe('quy-dinh-08');
  });
});

describe('NFC normalisation', () => {
  it('composes NFD text', () => {
    const nfd = 'Trần Thị Tuyến'.normalize('NFD');
    expect(toNFC(nfd)).toBe('Trần Thị Tuyến');
    expect(toNFC(nfd).length).toBeLessThan(nfd.length);
  });
  it('normalises every string inside front matter, leaving other values alone', () => {
    const date = new Date('2019-07-20T01:00:00Z');
    const out = toNFCDeep({ title: 'Hội nghị'.normalize('NFD'), tags: ['nêu gương'.normalize('NFD')], n: 3, date }) as Record<string, unknown>;
    expect(out['title']).toBe('Hội nghị');
    expect(out['tags']).toEqual(['nêu gương']);
    expect(out['n']).toBe(3);
    expect(out['date']).toBe(date);
  });
});
