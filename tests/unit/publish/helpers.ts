import type { Story } from '../../../src/lib/content/relations.ts';

/** A story for tests: `key` is "articles/x", other fields as given. */
export const story = (key: string, over: Partial<Story> = {}): Story => {
  const [collection, id] = key.split('/') as [string, string];
  const type = ({ directives: 'directive', conferences: 'conference', honourees: 'honouree', articles: 'article' } as const)[collection as 'articles'];
  const folder = { directive: 'van-ban', conference: 'hoi-nghi', honouree: 'guong-sang/ca-nhan', article: 'bai-viet' }[type];
  return { key, type, id, url: `/${folder}/${id}/`, title: id, sapo: `Sapo ${id}`, date: new Date('2021-05-10T01:17:00Z'), tags: [], directives: [], honourees: [], ...over };
};
