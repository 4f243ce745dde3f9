/**
 * Link check over a built site: every internal link, anchor, image, script,
 * stylesheet, font and feed reference must point at a file the site has (and at
 * an element id when it carries a fragment). Pages, CSS, JSON-LD, XML feeds and
 * sitemaps, and robots.txt are read. Other hosts are not fetched (no network).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeEntities, idsOf, refsOf, scripts, tags } from './html.ts';
import { filesUnder, pathOfHtml } from '../support/site.ts';

export interface Broken {
  /** Site path of the file holding the reference. */
  in: string;
  from: string;
  url: string;
  problem: string;
}

/** Origin and base path of the site, from the home page's canonical link. */
export function siteUrlOf(dist: string): URL {
  const home = readFileSync(join(dist, 'index.html'), 'utf8');
  const canonical = tags(home).find((t) => t.name === 'link' && t.attrs['rel'] === 'canonical')?.attrs['href'];
  if (!canonical) throw new Error('index.html has no canonical link: cannot tell the site URL');
  return new URL(canonical);
}

export function checkLinks(dist: string): { broken: Broken[]; checked: number } {
  const site = siteUrlOf(dist);
  const files = filesUnder(dist).filter((f) => !f.startsWith('pagefind/'));
  const idCache = new Map<string, Set<string>>();
  const idsIn = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) idCache.set(file, (ids = idsOf(readFileSync(file, 'utf8'))));
    return ids;
  };
  const broken: Broken[] = [];
  let checked = 0;

  /** Checks one reference found in `file` (a site path), resolved against `base`. */
  const check = (where: string, base: URL, from: string, raw: string, fragments = true) => {
    let url: URL;
    try {
      url = new URL(raw, base);
    } catch {
      broken.push({ in: where, from, url: raw, problem: 'not a valid URL' });
      return;
    }
    if (url.protocol === 'javascript:') broken.push({ in: where, from, url: raw, problem: 'javascript: URL' });
    if (url.origin !== site.origin) return; // other hosts, mailto:, tel: … are not ours to check
    checked++;
    if (!url.pathname.startsWith(site.pathname)) {
      broken.push({ in: where, from, url: raw, problem: `outside the site's base path ${site.pathname}` });
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(url.pathname.slice(site.pathname.length));
    } catch {
      broken.push({ in: where, from, url: raw, problem: 'badly percent-encoded path' });
      return;
    }
    let target = join(dist, path);
    if (path === '' || path.endsWith('/')) target = join(target, 'index.html');
    else if (existsSync(target) && statSync(target).isDirectory()) {
      broken.push({ in: where, from, url: raw, problem: 'folder linked without its trailing slash' });
      return;
    }
    if (!existsSync(target)) {
      broken.push({ in: where, from, url: raw, problem: 'no such file in dist/' });
      return;
    }
    if (fragments && url.hash.length > 1 && target.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!idsIn(target).has(id)) broken.push({ in: where, from, url: raw, problem: `no element with id "${id}"` });
    }
  };

  for (const file of files) {
    const abs = join(dist, file);
    const where = `/${file}`;
    if (file.endsWith('.html')) {
      const html = readFileSync(abs, 'utf8');
      const pageUrl = new URL(pathOfHtml(file).slice(1), site);
      for (const ref of refsOf(html)) check(pathOfHtml(file), pageUrl, ref.from, ref.url);
      // Structured data names the page, its images and the site; "@id" fragments are identifiers, not anchors.
      for (const s of scripts(html).filter((s) => s.attrs['type'] === 'application/ld+json')) {
        for (const m of s.body.matchAll(/"(https?:\/\/[^"\\]+)"/g)) check(pathOfHtml(file), pageUrl, 'json-ld', m[1]!, false);
      }
    } else if (file.endsWith('.css')) {
      const css = readFileSync(abs, 'utf8');
      const cssUrl = new URL(file, site);
      for (const m of css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)) if (!m[2]!.startsWith('data:')) check(where, cssUrl, 'css url()', m[2]!);
    } else if (/\.(xml|txt)$/.test(file)) {
      // Feeds, sitemaps and robots.txt: every absolute URL on this site they mention.
      const text = readFileSync(abs, 'utf8');
      for (const m of text.matchAll(/https?:\/\/[^\s<>"']+/g)) check(where, site, file.endsWith('.txt') ? 'text' : 'xml', decodeEntities(m[0]), false);
    }
  }
  return { broken, checked };
}
