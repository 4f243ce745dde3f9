import { describe, expect, it } from 'vitest';
import { searchFields } from '../../../src/lib/search/fields.ts';
import { indexedPart, prepareHtml, urlOfHtmlFile } from '../../../src/lib/search/prepare-html.ts';

const base = { title: 'Quy định 08-QĐi/TW', sapo: 'Tóm tắt, có dấu phẩy: và hai chấm.', date: new Date('2021-05-12T02:00:00Z'), tags: ['nêu gương'], provinces: [], names: [] };

describe('search fields', () => {
  it('gives a directive page its own keys, its aliases as names, and every filter', () => {
    const f = searchFields({ ...base, type: 'directive', cites: [], own: { code: '08-QĐi/TW', aliases: ['08-QĐ/TW', 'Quy định tám'] } });
    const meta = Object.fromEntries(f.meta);
    expect(meta['k']).toBe('vbqd8ztwz');
    expect(meta['aka']).toBe('Quy định tám');
    expect(meta['tags']).toBe('nêu gương'); // searched as metadata: the TAG row is not indexed as text
    expect(meta['type']).toBe('Văn bản');
    expect(meta['date']).toBe('2021-05-12T09:00:00+07:00');
    expect(meta['sapo']).toBe(base.sapo);
    expect(f.filters).toEqual([
      ['type', 'Văn bản'],
      ['year', '2021'],
      ['directive', '08-QĐi/TW'],
      ['tag', 'nêu gương'],
    ]);
    expect(f.sort).toEqual([['date', '2021-05-12T09:00:00+07:00']]);
  });
  it('gives a citing story the keys of what it cites, and its section and provinces', () => {
    const f = searchFields({ ...base, type: 'article', title: 'Nam Định', section: 'Xây dựng Đảng', provinces: ['Nam Định', 'Nam Định'], cites: ['05-CT/TW', '101-QĐ/TW'] });
    expect(Object.fromEntries(f.meta)['k']).toBe('vcct5ztwz vcqd101ztwz');
    expect(f.filters.filter(([k]) => k === 'province')).toEqual([['province', 'Nam Định']]);
    expect(f.filters).toContainEqual(['section', 'Xây dựng Đảng']);
  });
  it('stores NFC values only', () => {
    const f = searchFields({ ...base, type: 'honouree', title: 'Bu\u0300i Thi\u0323 Nu\u0323', cites: [], names: ['Bu\u0300i Thi\u0323 Nu\u0323'] });
    for (const [, v] of [...f.meta, ...f.filters]) expect(v).toBe(v.normalize('NFC'));
    expect(Object.fromEntries(f.meta)['aka']).toBeUndefined(); // same as the title
  });
});

describe('HTML before indexing', () => {
  it('normalises to NFC and keeps definition terms apart from their values', () => {
    expect(prepareHtml('<dl><dt>Số hiệu</dt><dd>08</dd></dl><p>Nguye\u0302\u0303n</p>')).toBe('<dl><dt>Số hiệu</dt> <dd>08</dd> </dl><p>Nguyễn</p>');
  });
  it('gives Pagefind only the element it indexes, nested elements of its kind included, in a bare page', () => {
    const page =
      '<html lang="vi"><body><header><nav>Menu</nav></header><article class="story" data-pagefind-body><article>Tin liên quan</article><p data-pagefind-meta="title:A">Thân bài</p></article><aside>Tin khác</aside></body></html>';
    expect(indexedPart(page)).toBe(
      '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"></head><body><article class="story" data-pagefind-body><article>Tin liên quan</article><p data-pagefind-meta="title:A">Thân bài</p></article></body></html>',
    );
    // No such element, or one that never closes: the page whole.
    for (const whole of ['<html><body><p>Trang danh sách</p></body></html>', '<main data-pagefind-body><p>Không đóng']) expect(indexedPart(whole)).toBe(whole);
  });
  it('maps built files to their URLs under the base path', () => {
    expect(urlOfHtmlFile('van-ban/x/index.html')).toBe('/van-ban/x/');
    expect(urlOfHtmlFile('index.html', '/gs/')).toBe('/gs/');
    expect(urlOfHtmlFile('404.html')).toBe('/404/');
  });
});
