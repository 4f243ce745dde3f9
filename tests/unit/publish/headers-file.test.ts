import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFor, matchesPattern, parseHeadersFile } from '../../../src/lib/publish/headers-file.ts';

const ROOT = join(import.meta.dirname, '../../..');
const rules = parseHeadersFile(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));
const nginx = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');

describe('_headers parsing', () => {
  it('matches splats across slashes', () => {
    expect(matchesPattern('/_astro/*', '/_astro/a.b.js')).toBe(true);
    expect(matchesPattern('/_astro/*', '/bai-viet/_astro/x')).toBe(false);
    expect(matchesPattern('/*', '/')).toBe(true);
  });
  it('rejects header lines outside a path', () => {
    expect(() => parseHeadersFile('  X-A: b')).toThrow();
    expect(() => parseHeadersFile('/*\n  no colon')).toThrow();
  });
});

describe('the site’s headers', () => {
  const csp = (h: Record<string, string>): Record<string, string[]> => Object.fromEntries(h['content-security-policy']!.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));

  it('give pages a short cache and hashed assets a year', () => {
    expect(headersFor(rules, '/bai-viet/x/')['cache-control']).toBe('public, max-age=300, must-revalidate');
    expect(headersFor(rules, '/_astro/site.Ab12.css')['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/pagefind/pagefind.js')['cache-control']).toBe('public, max-age=0, must-revalidate');
  });

  it('send a CSP with no inline script, no inline style and no other origin', () => {
    for (const path of ['/', '/bai-viet/x/', '/_astro/x.js']) {
      const policy = csp(headersFor(rules, path));
      expect(policy['default-src']).toEqual(["'self'"]);
      expect(policy['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(policy['style-src']).toEqual(["'self'"]);
      expect(policy['object-src']).toEqual(["'none'"]);
      const all = Object.values(policy).flat();
      expect(all).not.toContain("'unsafe-inline'");
      expect(all).not.toContain("'unsafe-eval'");
      expect(all.filter((v) => /^https?:|^\*$|^data:|^blob:/.test(v))).toEqual([]);
    }
  });

  it('keep nginx’s policy identical to _headers', () => {
    const ours = headersFor(rules, '/')['content-security-policy'];
    const lines = [...nginx.matchAll(/add_header Content-Security-Policy "([^"]+)"/g)].map((m) => m[1]);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines) expect(line).toBe(ours);
    expect(nginx).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
    expect(nginx).toContain('add_header Cache-Control "public, max-age=300, must-revalidate" always;');
  });
});
