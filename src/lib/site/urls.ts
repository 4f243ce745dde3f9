/** Every URL the site prints, in one place, honouring the base path. */
import { slugify } from '../vi/slug.ts';
import type { StoryType } from '../content/relations.ts';
import { COLLECTION_OF_TYPE, HONOUREE_FOLDERS } from '../content/collections.ts';
import type { HonoureeKind } from '../content/vocab.ts';

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** Prefixes a site-absolute path ("/tag/x/") with the deployment base path. */
export const href = (path: string): string => base + path.replace(/^\//, '');

/** Path of a collection's own page ("/van-ban/"). */
export const collectionPath = (type: StoryType): string => `/${COLLECTION_OF_TYPE[type].folder}/`;

/** Path of an entry's page. */
export function storyPath(type: StoryType, id: string, honoureeKind?: HonoureeKind): string {
  if (type === 'honouree') return `/${HONOUREE_FOLDERS[honoureeKind ?? 'individual']}/${id}/`;
  return `${collectionPath(type)}${id}/`;
}

export const tagPath = (tag: string): string => `/tag/${slugify(tag)}/`;
export const sectionPath = (section: string): string => `/chuyen-muc/${slugify(section)}/`;

/** "/hoi-nghi/" for page 1, "/hoi-nghi/trang-2/" after. */
export const pagePath = (listPath: string, page: number): string => (page <= 1 ? listPath : `${listPath}trang-${page}/`);
