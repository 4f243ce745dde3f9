import { describe, expect, it } from 'vitest';
import {
  breadcrumbLd,
  bylineAuthors,
  eventLd,
  honoureeLd,
  isoDateVn,
  legislationLd,
  newsArticleLd,
  serializeJsonLd,
  websiteLd,
  type Publisher,
} from '../../../src/lib/publish/jsonld.ts';
import { propertiesOf, vocabularyProblems } from '../../publish/schema-vocab.ts';

const publisher: Publisher = { name: 'Gương Sáng', url: 'https://gs.example.vn/', logo: 'https://gs.example.vn/logo.png', logoWidth: 512, logoHeight: 512 };
const roundTrip = (x: unknown) => JSON.parse(serializeJsonLd(x));

describe('schema.org vocabulary check', () => {
  it('knows inherited properties and rejects invented ones', () => {
    expect(propertiesOf('NewsArticle')?.has('headline')).toBe(true); // from CreativeWork
    expect(propertiesOf('NewsArticle')?.has('articleSection')).toBe(true); // from Article
    expect(propertiesOf('Legislation')?.has('legislationIdentifier')).toBe(true);
    expect(propertiesOf('Unicorn')).toBeUndefined();
    expect(vocabularyProblems({ '@type': 'NewsArticle', headline: 'x', tieuDe: 'y' })).toEqual(['$: NewsArticle has no property "tieuDe"']);
    expect(vocabularyProblems({ '@type': 'Person', name: 'x', address: { '@type': 'PostalAddress', street: 'y' } })).toEqual(['$.address: PostalAddress has no property "street"']);
  });
});

describe('NewsArticle', () => {
  const article = newsArticleLd(
    {
      url: 'https://gs.example.vn/bai-viet/a/',
      headline: 'Tiêu đề',
      description: 'Sapo',
      images: ['https://gs.example.vn/anh-chia-se/bai-viet/a.jpg', 'https://gs.example.vn/_astro/a.jpg'],
      published: new Date('2021-05-10T01:17:00Z'),
      modified: new Date('2021-05-11T02:00:00Z'),
      byline: 'Bài và ảnh: Minh Anh - Hương Ly',
      section: 'Xây dựng Đảng',
      tags: ['nêu gương', 'Nam Định'],
      about: 'https://gs.example.vn/hoi-nghi/h/#su-kien',
    },
    publisher,
  );
  it('has the required properties with +07:00 dates', () => {
    const a = roundTrip(article);
    expect(a).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Tiêu đề',
      datePublished: '2021-05-10T08:17:00+07:00',
      dateModified: '2021-05-11T09:00:00+07:00',
      inLanguage: 'vi',
      articleSection: 'Xây dựng Đảng',
      keywords: 'nêu gương, Nam Định',
      author: [
        { '@type': 'Person', name: 'Minh Anh' },
        { '@type': 'Person', name: 'Hương Ly' },
      ],
      publisher: { '@type': 'Organization', name: 'Gương Sáng', logo: { url: 'https://gs.example.vn/logo.png' } },
    });
    expect(a.image).toHaveLength(2);
    expect(vocabularyProblems(a)).toEqual([]);
  });
  it('credits the publisher when the byline is the desk', () => {
    const a = newsArticleLd({ url: 'u', headline: 'h', description: 'd', images: [], published: new Date(0), byline: 'Gương Sáng', tags: [] }, publisher);
    expect(a.author).toMatchObject({ '@type': 'Organization', name: 'Gương Sáng' });
    expect(a.dateModified).toBe(a.datePublished);
  });
});

describe('bylines', () => {
  it('finds the people named', () => {
    expect(bylineAuthors('Bài và ảnh: Minh Anh', 'Gương Sáng')).toEqual(['Minh Anh']);
    expect(bylineAuthors('Hương Ly thực hiện', 'Gương Sáng')).toEqual(['Hương Ly']);
    expect(bylineAuthors('Bài: Minh Anh, Hương Ly và Quốc Tuấn', 'Gương Sáng')).toEqual(['Minh Anh', 'Hương Ly', 'Quốc Tuấn']);
    expect(bylineAuthors('Gương Sáng tổng hợp', 'Gương Sáng')).toEqual([]);
    expect(bylineAuthors(undefined, 'Gương Sáng')).toEqual([]);
  });
});

describe('other page types', () => {
  it('BreadcrumbList numbers its items and links all but a current page', () => {
    const b = roundTrip(breadcrumbLd([{ label: 'Trang chủ', url: 'https://gs.example.vn/' }, { label: 'Tag', url: 'https://gs.example.vn/tag/' }, { label: 'nêu gương' }]));
    expect(b.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://gs.example.vn/' },
      { '@type': 'ListItem', position: 2, name: 'Tag', item: 'https://gs.example.vn/tag/' },
      { '@type': 'ListItem', position: 3, name: 'nêu gương' },
    ]);
    expect(vocabularyProblems(b)).toEqual([]);
  });

  it('an individual honouree is a Person, a collective an Organization', () => {
    const base = {
      id: 'https://gs.example.vn/x/#guong-sang',
      url: 'https://gs.example.vn/x/',
      name: 'Bùi Thị Nụ',
      description: 'Tóm tắt',
      unit: 'Trường THPT',
      province: 'Nam Định',
      honours: [{ title: 'Bằng khen', year: 2020, by: 'UBND tỉnh' }],
    };
    const person = roundTrip(honoureeLd({ ...base, kind: 'individual', role: 'Giáo viên', rank: 'Cô giáo' }));
    expect(person).toMatchObject({
      '@type': 'Person',
      name: 'Bùi Thị Nụ',
      jobTitle: 'Giáo viên',
      honorificPrefix: 'Cô giáo',
      award: ['Bằng khen (UBND tỉnh, 2020)'],
      address: { addressRegion: 'Nam Định', addressCountry: 'VN' },
    });
    const org = roundTrip(honoureeLd({ ...base, kind: 'collective', name: 'Trường THCS Hàn Thuyên' }));
    expect(org).toMatchObject({ '@type': 'Organization', name: 'Trường THCS Hàn Thuyên', parentOrganization: { name: 'Trường THPT' } });
    expect([...vocabularyProblems(person), ...vocabularyProblems(org)]).toEqual([]);
  });

  it('a conference is an Event with place, organiser and speakers', () => {
    const e = roundTrip(
      eventLd({
        id: 'i',
        url: 'u',
        name: 'Hội nghị',
        description: 'd',
        kind: 'Giao ban',
        start: new Date('2019-07-20T01:00:00Z'),
        place: 'Hội trường',
        province: 'Hà Nội',
        organiser: 'Ban Tuyên giáo',
        speakers: [{ name: 'A', role: 'B' }],
      }),
    );
    expect(e).toMatchObject({
      '@type': 'Event',
      startDate: '2019-07-20T08:00:00+07:00',
      location: { '@type': 'Place', name: 'Hội trường' },
      organizer: { name: 'Ban Tuyên giáo' },
      performer: [{ name: 'A', jobTitle: 'B' }],
    });
    expect(vocabularyProblems(e)).toEqual([]);
  });

  it('a directive is Legislation with its code, kind, issuer and date', () => {
    const l = roundTrip(
      legislationLd({
        id: 'i',
        url: 'u',
        code: '08-QĐi/TW',
        aliases: ['08-QĐ/TW'],
        kind: 'Quy định',
        issuer: 'Ban Chấp hành Trung ương',
        issued: new Date('2018-10-25T00:00:00Z'),
        title: 'Trách nhiệm nêu gương',
        summary: 's',
      }),
    );
    expect(l).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '08-QĐi/TW',
      legislationType: 'Quy định',
      legislationDate: '2018-10-25',
      legislationPassedBy: { name: 'Ban Chấp hành Trung ương' },
      alternateName: ['08-QĐ/TW'],
      inLanguage: 'vi',
    });
    expect(vocabularyProblems(l)).toEqual([]);
  });

  it('a directive without a known official title is named by kind and number only, never by a paraphrase', () => {
    const input = { id: 'i', url: 'u', code: '03-CT/TW', aliases: [], kind: 'Chỉ thị', issuer: 'Bộ Chính trị', issued: new Date('2011-05-14T00:00:00Z'), summary: 's' };
    const l = roundTrip(legislationLd(input));
    expect(l).toMatchObject({ name: 'Chỉ thị 03-CT/TW', description: 's' });
    expect(l).not.toHaveProperty('headline');
    expect(roundTrip(legislationLd({ ...input, title: 'Tên chính thức' }))).toMatchObject({ name: 'Chỉ thị 03-CT/TW: Tên chính thức', headline: 'Tên chính thức' });
    expect(vocabularyProblems(l)).toEqual([]);
  });

  it('the WebSite offers a search action on /tim-kiem/?q=', () => {
    const w = roundTrip(websiteLd(publisher, 'https://gs.example.vn/g/tim-kiem/', 'Mô tả'));
    expect(w.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: 'https://gs.example.vn/g/tim-kiem/?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
    expect(vocabularyProblems(w)).toEqual([]);
  });

  it('dates without a time are Vietnam calendar days', () => {
    expect(isoDateVn(new Date('2018-10-24T18:00:00Z'))).toBe('2018-10-25');
  });
});

describe('serialisation', () => {
  it('cannot close the script element it sits in', () => {
    const text = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script>');
  });
});
