/**
 * Reads a `_headers` file (Netlify / Cloudflare Pages) and tells which headers a
 * path gets: every matching rule applies, in order; "! Name" drops a header an
 * earlier rule set. Used to serve the built site with its real headers in tests.
 */

export interface HeaderRule {
  pattern: string;
  set: [string, string][];
  detach: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: dòng tiêu đề không thuộc đường dẫn nào: "${raw.trim()}"`);
    const line = raw.trim();
    if (line.startsWith('!')) {
      rule.detach.push(line.slice(1).trim().toLowerCase());
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`_headers: dòng không đúng dạng "Tên: giá trị": "${line}"`);
    rule.set.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** A pattern with "*" matching any run of characters (slashes included). */
export const matchesPattern = (pattern: string, path: string): boolean =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  ).test(path);

/** Headers for a request path, names lower-cased; repeated headers are joined with ", ". */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out = new Map<string, string[]>();
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, path)) continue;
    for (const name of rule.detach) out.delete(name);
    for (const [name, value] of rule.set) out.set(name.toLowerCase(), [...(out.get(name.toLowerCase()) ?? []), value]);
  }
  return Object.fromEntries([...out].map(([k, v]) => [k, v.join(', ')]));
}
