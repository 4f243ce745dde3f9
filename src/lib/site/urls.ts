/** Every URL the site prints, in one place, honouring the base path. */
import { slugify } from '../vi/slug.ts';
import type { StoryType } from '../content/relations.ts';
import { COLLECTION_OF_TYPE, COLLECTIONS, HONOUREE_KINDS, type HonoureeKind } from '../content/collections.ts';

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** Prefixes a site-absolute path ("/tag/x/") with the deployment base path. */
export const href = (path: string): string => base + path.replace(/^\//, '');

/** Folder of each honouree kind's pages, under the honourees' own ("guong-sang/ca-nhan"). */
export const HONOUREE_PATHS = Object.fromEntries(Object.entries(HONOUREE_KINDS).map(([k, v]) => [k, `${COLLECTIONS.honourees.folder}/${v.folder}`])) as Record<HonoureeKind, string>;

/** Path of a collection's own page ("/van-ban/"). */
export const collectionPath = (type: StoryType): string => `/${COLLECTION_OF_TYPE[type].folder}/`;

/** Path of an entry's page. */
export function storyPath(type: StoryType, id: string, honoureeKind?: HonoureeKind): string {
  if (type === 'honouree') return `/${HONOUREE_PATHS[honoureeKind ?? 'individual']}/${id}/`;
  return `${collectionPath(type)}${id}/`;
}

export const tagPath = (tag: string): string => `/tag/${slugify(tag)}/`;
export const sectionPath = (section: string): string => `/chuyen-muc/${slugify(section)}/`;

/** "/hoi-nghi/" for page 1, "/hoi-nghi/trang-2/" after. */
export const pagePath = (listPath: string, page: number): string => (page <= 1 ? listPath : `${listPath}trang-${page}/`);
