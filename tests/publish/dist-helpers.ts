/** Reading a built site: its pages, the URLs they reference, their JSON-LD blocks. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const filesOf = (dir: string, ext: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext) && !f.startsWith('pagefind/'))
    .map((f) => f.replaceAll('\\', '/'))
    .sort();

export const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

/** The dist/ file a site path is served from ("/a/" → a/index.html, "/rss.xml" → rss.xml), if it exists. */
export function fileForPath(outDir: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const file = join(outDir, clean.endsWith('/') ? `${clean}index.html` : clean);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** The site path of a built HTML file: "a/index.html" → "/a/". */
export const pathOfHtml = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** Every JSON-LD block of a page, parsed. */
export function jsonLdOf(html: string): any[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}

/** Every URL an HTML page references in an attribute, srcset entries split. */
export function urlsIn(html: string): string[] {
  const urls: string[] = [];
  for (const m of html.matchAll(/\s(href|src|action|srcset|content|poster|data)="([^"]*)"/g)) {
    const [, attr, value] = m as unknown as [string, string, string];
    if (attr === 'srcset')
      urls.push(
        ...value
          .split(',')
          .map((s) => s.trim().split(/\s+/)[0]!)
          .filter(Boolean),
      );
    else if (attr === 'content') {
      if (/^(https?:)?\//.test(value)) urls.push(value);
    } else urls.push(value);
  }
  return urls;
}

/** Meta tag content by property or name. */
export function meta(html: string, key: string): string[] {
  return [...html.matchAll(new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`, 'g'))].map((m) => m[1]!);
}

export const decodeEntities = (s: string): string =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
