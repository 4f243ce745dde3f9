import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { headersFor, matchesPattern, parseHeadersFile } from '../../../src/lib/publish/headers-file.ts';
import { CONTENT_SECURITY_POLICY, scriptHash } from '../../../src/lib/publish/csp.ts';
import { EARLY_PREFS_SCRIPT, htmlAttributes, parsePrefs, STORAGE_KEYS } from '../../../src/lib/publish/reader-prefs.ts';

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
  const csp = (h: Record<string, string>): Record<string, string[]> =>
    Object.fromEntries(
      h['content-security-policy']!.split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );

  it('give pages a short cache and hashed assets a year', () => {
    expect(headersFor(rules, '/bai-viet/x/')['cache-control']).toBe('public, max-age=300, must-revalidate');
    expect(headersFor(rules, '/_astro/site.Ab12.css')['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/pagefind/pagefind.js')['cache-control']).toBe('public, max-age=0, must-revalidate');
  });

  it('send the policy of csp.ts, which allows the early reader-preferences script by its hash and no other inline script', () => {
    expect(headersFor(rules, '/')['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const hashes = csp(headersFor(rules, '/'))['script-src']!.filter((v) => v.startsWith("'sha256-"));
    expect(hashes).toEqual([scriptHash(EARLY_PREFS_SCRIPT)]);
    // Hash of the exact UTF-8 text, base64: the form browsers compare.
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('send a CSP with no inline style, no unsafe-inline script and no other origin but the two video players, as frames', () => {
    for (const path of ['/', '/bai-viet/x/', '/_astro/x.js']) {
      const policy = csp(headersFor(rules, path));
      expect(policy['default-src']).toEqual(["'self'"]);
      expect(policy['script-src']!.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(policy['style-src']).toEqual(["'self'"]);
      expect(policy['object-src']).toEqual(["'none'"]);
      const all = Object.values(policy).flat();
      expect(all).not.toContain("'unsafe-inline'");
      expect(all).not.toContain("'unsafe-eval'");
      // <Video> opens YouTube's privacy-enhanced player or Facebook's, on a click; no script, style or image from them.
      expect(policy['frame-src']).toEqual(['https://www.youtube-nocookie.com', 'https://www.facebook.com']);
      const { 'frame-src': _frames, ...rest } = policy;
      expect(
        Object.values(rest)
          .flat()
          .filter((v) => /^https?:|^\*$|^data:|^blob:/.test(v)),
      ).toEqual([]);
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

describe('the early reader-preferences script', () => {
  /** Runs the inline script against a stored size and contrast; returns the attributes it set on <html>. */
  const run = (size: string | null, contrast: string | null, storage = true) => {
    const attrs: Record<string, string> = {};
    const stored: Record<string, string | null> = { [STORAGE_KEYS.size]: size, [STORAGE_KEYS.contrast]: contrast };
    const localStorage = {
      getItem: (k: string) => {
        if (!storage) throw new Error('SecurityError');
        return stored[k] ?? null;
      },
    };
    runInNewContext(EARLY_PREFS_SCRIPT, { document: { documentElement: { setAttribute: (k: string, v: string) => (attrs[k] = v) } }, localStorage });
    return attrs;
  };
  const expected = (size: string | null, contrast: string | null) => Object.fromEntries(Object.entries(htmlAttributes(parsePrefs(size, contrast))).filter(([, v]) => v !== null));

  it('sets what the reader-tools module would, for every kind of stored value', () => {
    const sizes = [null, '0', '1', '2', '3', '7', '-1', '-4', '1.8', 'abc', '', ' 2 ', 'Infinity'];
    for (const size of sizes) for (const contrast of [null, '1', '0', 'yes']) expect(run(size, contrast), `${size} ${contrast}`).toEqual(expected(size, contrast));
    expect(run('2', '1')).toEqual({ 'data-co-chu': '2', 'data-tuong-phan': 'cao' });
  });

  it('does nothing, and throws nothing, when storage is blocked', () => {
    expect(run('2', '1', false)).toEqual({});
  });
});
