/** Vietnamese names readers see: the site's own, and those of collections and story types (from the registry). */
import { HONOUREE_KIND_SPECS } from '../content/collections.ts';
import type { HonoureeKind } from '../content/vocab.ts';
import { SITE_CONFIG } from '../../site.config.ts';

export { TYPE_LABELS } from '../content/collections.ts';

export const HONOUREE_KIND_LABELS = Object.fromEntries(Object.entries(HONOUREE_KIND_SPECS).map(([k, v]) => [k, v.label])) as Record<HonoureeKind, string>;

/** The site's name and tagline, from the deployer's configuration (src/site.config.ts). */
export const SITE_NAME = SITE_CONFIG.name;
export const SITE_TAGLINE = SITE_CONFIG.tagline;
