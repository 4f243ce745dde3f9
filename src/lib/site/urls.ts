/** Every URL the site prints, in one place, honouring the base path. */
import { slugify } from '../vi/slug.ts';
import type { StoryType } from '../content/relations.ts';

const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** Prefixes a site-absolute path ("/tag/x/") with the deployment base path. */
export const href = (path: string): string => base + path.replace(/^\//, '');

export const TYPE_PATHS = {
  directive: 'van-ban',
  conference: 'hoi-nghi',
  article: 'bai-viet',
} as const;

export const HONOUREE_PATHS = { individual: 'guong-sang/ca-nhan', collective: 'guong-sang/tap-the' } as const;

/** Path of an entry's page. */
export function storyPath(type: StoryType, id: string, honoureeKind?: 'individual' | 'collective'): string {
  if (type === 'honouree') return `/${HONOUREE_PATHS[honoureeKind ?? 'individual']}/${id}/`;
  return `/${TYPE_PATHS[type]}/${id}/`;
}

export const tagPath = (tag: string): string => `/tag/${slugify(tag)}/`;
export const sectionPath = (section: string): string => `/chuyen-muc/${slugify(section)}/`;

/** "/hoi-nghi/" for page 1, "/hoi-nghi/trang-2/" after. */
export const pagePath = (listPath: string, page: number): string => (page <= 1 ? listPath : `${listPath}trang-${page}/`);
