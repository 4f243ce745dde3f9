/**
 * Sätteri hast plugin: document codes written in a story body, in any spelling
 * ("08-QĐ/TƯ", "05/CT-TW"), become links to the directive's page. Text already
 * inside a link, code or heading is left alone. A Tỉnh ủy's code links only to that
 * Tỉnh ủy's document: where two provinces share one, to the story's own province's.
 */
import { DirectiveIndex, findCodes, type DirectiveSpellings } from '../../lib/vi/directive-code.ts';

type HastText = { type: 'text'; value: string };
type HastElement = { type: 'element'; tagName: string; properties: Record<string, unknown>; children: (HastText | HastElement)[] };
interface VisitContext {
  parent(node: unknown): { type: string; tagName?: string } | undefined;
  /** Astro's render data: the story's front matter. */
  data?: { astro?: { frontmatter?: Record<string, unknown> } };
}

const SKIP = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style']);

/** Splits text into plain runs and links for every code that names a known directive. */
export function splitByCodes(text: string, index: DirectiveIndex, href: (id: string) => string, province?: string): (HastText | HastElement)[] | undefined {
  const parts: (HastText | HastElement)[] = [];
  let last = 0;
  for (const code of findCodes(text, { spoken: false })) {
    const id = index.resolve(code, province);
    if (!id) continue;
    if (code.start > last) parts.push({ type: 'text', value: text.slice(last, code.start) });
    parts.push({ type: 'element', tagName: 'a', properties: { href: href(id), className: ['directive-link'] }, children: [{ type: 'text', value: code.text }] });
    last = code.end;
  }
  if (!parts.length) return undefined;
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}

export function linkDirectiveCodes(directives: readonly DirectiveSpellings[], href: (id: string) => string) {
  const index = new DirectiveIndex(directives);
  return {
    name: 'guong-sang:link-directive-codes',
    text(node: Readonly<HastText>, ctx: VisitContext & { replaceNode(node: unknown, replacement: unknown): void }) {
      for (let p = ctx.parent(node); p; p = ctx.parent(p)) {
        if (p.type === 'element' && p.tagName && SKIP.has(p.tagName)) return;
      }
      // The story's province (conferences and honourees have one) picks its own province's code.
      const province = ctx.data?.astro?.frontmatter?.['province'];
      const parts = splitByCodes(node.value.normalize('NFC'), index, href, typeof province === 'string' ? province : undefined);
      if (parts) ctx.replaceNode(node, parts);
    },
  };
}
