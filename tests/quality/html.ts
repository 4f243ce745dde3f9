/**
 * Just enough HTML reading for the quality gates: start tags with their
 * attributes, the URLs a page references, the ids it defines. Astro writes
 * well-formed HTML with double-quoted attributes (html-validate checks that the
 * pages are valid), so a tag-level scan is exact here and much faster than a DOM.
 */

export interface Tag {
  name: string;
  attrs: Record<string, string>;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
export const decodeEntities = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? whole;
  });

/** Every start tag, with lower-cased names and decoded attribute values. Comments, script and style bodies are skipped. */
export function tags(html: string): Tag[] {
  const text = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2>/gi, '$1');
  const out: Tag[] = [];
  for (const m of text.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attrs[a[1]!.toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    out.push({ name: m[1]!.toLowerCase(), attrs });
  }
  return out;
}

/** Bodies of the <script> elements of a page, with their attributes. */
export function scripts(html: string): { attrs: Record<string, string>; body: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({ attrs: tags(`<script${m[1]}>`)[0]!.attrs, body: m[2]! }));
}

export interface Ref {
  /** Where it came from, for messages: `a[href]`, `img[srcset]`, `meta[og:image]`. */
  from: string;
  url: string;
}

/** Every URL a page references: links, images (srcset split), scripts, stylesheets, forms, social meta. */
export function refsOf(html: string): Ref[] {
  const out: Ref[] = [];
  for (const t of tags(html)) {
    for (const attr of ['href', 'src', 'action', 'poster', 'data']) {
      const v = t.attrs[attr];
      if (v !== undefined && !(t.name === 'object' && attr !== 'data')) out.push({ from: `${t.name}[${attr}]`, url: v });
    }
    for (const attr of ['srcset', 'imagesrcset']) {
      const v = t.attrs[attr];
      if (v) for (const part of v.split(',')) if (part.trim()) out.push({ from: `${t.name}[${attr}]`, url: part.trim().split(/\s+/)[0]! });
    }
    if (t.name === 'meta') {
      const key = t.attrs['property'] ?? t.attrs['name'] ?? '';
      const v = t.attrs['content'];
      if (v && /^(og:(image|url)|og:image:secure_url|twitter:image)$/.test(key)) out.push({ from: `meta[${key}]`, url: v });
    }
  }
  return out;
}

/** Every id and anchor name a page defines (fragment targets). */
export function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const t of tags(html)) {
    if (t.attrs['id'] !== undefined) ids.add(t.attrs['id']);
    if (t.name === 'a' && t.attrs['name'] !== undefined) ids.add(t.attrs['name']);
  }
  return ids;
}
