/** Every story of every collection in CONTENT_DIR, as one collection with loose front matter. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const contentDir = process.env.CONTENT_DIR;
if (!contentDir) throw new Error('CONTENT_DIR is required: the bare baseline builds the benchmark corpus only.');

export const collections = {
  stories: defineCollection({
    loader: glob({ pattern: '**/*.md', base: contentDir }),
    schema: ({ image }) => {
      const picture = z.looseObject({ src: image(), alt: z.string() }).optional();
      return z.looseObject({ title: z.string().optional(), name: z.string().optional(), cover: picture, portrait: picture });
    },
  }),
};
