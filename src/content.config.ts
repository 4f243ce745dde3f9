import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { articleSchema, conferenceSchema, directiveSchema, honoureeSchema, nfc, type SchemaDeps } from './lib/content/schema.ts';
import { contentDir } from './lib/site/content-dir.ts';
import { COLLECTION_DIRS, type CollectionName } from './lib/content/collections.ts';
import { slugFromPath } from './lib/vi/slug.ts';
import { afterCheckOnError } from './lib/content/check/check-gate.ts';

// A loader that fails waits for the content check, whose messages tell the editor more (check-gate.ts).
const loader = (name: CollectionName) =>
  afterCheckOnError(
    glob({
      pattern: '**/*.{md,mdx}',
      base: join(contentDir(), COLLECTION_DIRS[name]),
      // ASCII ids from file names; github-slugger would keep the diacritics.
      generateId: ({ entry }) => slugFromPath(entry),
    }),
  );

const deps = <I extends SchemaDeps['image']>(image: I) => ({ image, ref: (c: Parameters<SchemaDeps['ref']>[0]) => reference(c) });

export const collections = {
  directives: defineCollection({ loader: loader('directives'), schema: ({ image }) => nfc(directiveSchema(deps(image))) }),
  conferences: defineCollection({ loader: loader('conferences'), schema: ({ image }) => nfc(conferenceSchema(deps(image))) }),
  honourees: defineCollection({ loader: loader('honourees'), schema: ({ image }) => nfc(honoureeSchema(deps(image))) }),
  articles: defineCollection({ loader: loader('articles'), schema: ({ image }) => nfc(articleSchema(deps(image))) }),
};
