/**
 * The published site as one memoised object: every collection loaded once,
 * drafts and scheduled entries left out, relations computed once per build.
 */
import { getCollection } from 'astro:content';
import { isPublished } from '../content/publishing.ts';
import { BUILD_TIME } from '../build-time.ts';
import { assembleSite, type SiteData } from './site-assembly.ts';

export * from './site-assembly.ts';

/** Editors' previews: `DRAFTS=1 npm run build` or `npm run build -- --drafts`. */
const showDrafts = process.env.DRAFTS === '1' || process.argv.includes('--drafts');
const published = <T extends { data: { draft: boolean; publishedAt: Date } }>(entries: T[]) => entries.filter((e) => isPublished(e.data, BUILD_TIME, showDrafts));

async function load(): Promise<SiteData> {
  const [directives, conferences, honourees, articles] = await Promise.all([
    getCollection('directives').then(published),
    getCollection('conferences').then(published),
    getCollection('honourees').then(published),
    getCollection('articles').then(published),
  ]);
  return assembleSite({ directives, conferences, honourees, articles });
}

let cached: Promise<SiteData> | undefined;
/** The whole site's data, loaded and related once per build. */
export const siteData = (): Promise<SiteData> => (cached ??= load());
