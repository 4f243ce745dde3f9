import { describe, expect, it } from 'vitest';
import { COLLECTION_DIRS, COLLECTION_NAMES, COLLECTION_OF_TYPE, COLLECTIONS, HONOUREE_FOLDERS, HONOUREE_KIND_SPECS, TYPE_LABELS } from '../../../src/lib/content/collections.ts';
import { SCAFFOLD_TYPES } from '../../../src/lib/content/scaffold.ts';
import { listingSpecs } from '../../../src/lib/site/listings.ts';
import { collectionPath, storyPath } from '../../../src/lib/site/urls.ts';

describe('the collections registry, from which folders, URLs, labels and lists derive', () => {
  it('has one collection per story type, each with a folder of its own', () => {
    const types = COLLECTION_NAMES.map((n) => COLLECTIONS[n].type);
    expect(new Set(types).size).toBe(COLLECTION_NAMES.length);
    expect(Object.keys(COLLECTION_OF_TYPE).sort()).toEqual([...types].sort());
    expect(new Set(Object.values(COLLECTION_DIRS)).size).toBe(COLLECTION_NAMES.length);
  });

  it('uses a collection’s folder as the first word of its URLs, and its label for its type', () => {
    for (const name of COLLECTION_NAMES) {
      const { type, folder, label } = COLLECTIONS[name];
      expect(collectionPath(type)).toBe(`/${folder}/`);
      expect(storyPath(type, 'x')).toMatch(new RegExp(`^/${folder}/`));
      expect(TYPE_LABELS[type]).toBe(label);
    }
    for (const [kind, { folder }] of Object.entries(HONOUREE_KIND_SPECS)) {
      expect(HONOUREE_FOLDERS[kind as keyof typeof HONOUREE_FOLDERS]).toBe(`${COLLECTIONS.honourees.folder}/${folder}`);
      expect(storyPath('honouree', 'x', kind as keyof typeof HONOUREE_FOLDERS)).toBe(`/${COLLECTIONS.honourees.folder}/${folder}/x/`);
    }
  });

  it('lists every collection without a directory of its own, under its label, with the stories of its type', () => {
    const stories = COLLECTION_NAMES.map((n, i) => ({ key: `${n}/s${i}`, type: COLLECTIONS[n].type, id: `s${i}`, url: storyPath(COLLECTIONS[n].type, `s${i}`), title: `Bài ${i}`, date: new Date(2021, 0, i + 1), tags: [], directives: [], honourees: [] }));
    const lists = listingSpecs(stories as never, new Map());
    for (const name of COLLECTION_NAMES) {
      const c = COLLECTIONS[name];
      const list = lists.find((l) => l.listPath === collectionPath(c.type));
      if ('directory' in c && c.directory) expect(list).toBeUndefined();
      else expect([list?.heading, list?.stories.map((s) => s.type)]).toEqual([c.label, [c.type]]);
    }
  });

  it('lets `npm run new` make an entry of every collection', () => {
    for (const name of COLLECTION_NAMES) {
      const c = COLLECTIONS[name];
      const words = 'kinds' in c ? Object.values(c.kinds).map((k) => k.folder) : [c.folder];
      for (const w of words) expect(SCAFFOLD_TYPES).toContain(w);
    }
  });
});
