/**
 * Absolute URLs for feeds, sitemaps, canonical links and structured data.
 * `href()` already adds the deployment base path; this adds the origin.
 */
import { href } from '../site/urls.ts';

/** The configured site URL (SITE_URL), or a placeholder origin under tests. */
export const siteOrigin = (): string => import.meta.env?.SITE ?? 'https://guongsang.example.vn';

/** "/tag/x/" → "https://site.vn/<base>/tag/x/". Already absolute URLs pass through. */
export function absoluteUrl(path: string, site: string = siteOrigin()): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return path;
  return new URL(href(path), site).href;
}

/** An URL the build already prefixed with the base (Astro's image and asset URLs), made absolute. */
export const absoluteAsset = (builtPath: string, site: string = siteOrigin()): string => new URL(builtPath, site).href;

/** Removes the deployment base from a request path: "/guong-sang/tag/x/" → "/tag/x/". */
export function stripBase(pathname: string, base: string = import.meta.env?.BASE_URL ?? '/'): string {
  const b = base.replace(/\/?$/, '/');
  if (b !== '/' && (pathname + '/').startsWith(b)) return '/' + pathname.slice(b.length).replace(/^\//, '');
  return pathname;
}
