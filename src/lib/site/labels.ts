/** Vietnamese names readers see: the site's own, and those of collections and story types (from the registry). */
import { HONOUREE_KIND_SPECS } from '../content/collections.ts';
import type { HonoureeKind } from '../content/vocab.ts';

export { TYPE_LABELS } from '../content/collections.ts';

export const HONOUREE_KIND_LABELS = Object.fromEntries(Object.entries(HONOUREE_KIND_SPECS).map(([k, v]) => [k, v.label])) as Record<HonoureeKind, string>;

export const SITE_NAME = 'Gương Sáng';
export const SITE_TAGLINE = 'Trang tin nêu gương cán bộ, đảng viên và điển hình tiên tiến';
