import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { compactIndexFolder, minifyPagefindScript, regzip } from '../../../src/integrations/pagefind-assets.ts';

// Shaped like Pagefind's script: named exports, a file name built from a base path, long local names.
const SCRIPT = `
const pagefind_version = "1.6.0";
function buildWorkerUrl(basePathOfTheIndex) {
  const workerUrl = \`\${basePathOfTheIndex}pagefind-worker.js\`;
  return workerUrl;
}
class PagefindInstance {
  constructor(options) {
    this.basePathOfTheIndex = options.basePath ?? "/pagefind/";
  }
  async metaUrl(languageOfTheIndex) {
    return \`\${this.basePathOfTheIndex}pagefind.\${languageOfTheIndex}.pf_meta\`;
  }
}
export const options = (o) => new PagefindInstance(o);
export { pagefind_version, buildWorkerUrl };
`;

// The payload of a metadata file: a header, then data that compresses (hashes repeat their prefix).
const META = Buffer.concat([
  Buffer.from('pagefind_dcd'),
  Buffer.from(Array.from({ length: 3000 }, (_, i) => `vi_${((i * 2654435761) % 16 ** 7).toString(16).padStart(7, '0')}`).join('')),
]);

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function importSource(code: string): Promise<Record<string, unknown>> {
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Record<string, unknown>;
}

describe('Pagefind files made smaller for the browser', () => {
  it('the minified script is smaller and exports the same, working functions', async () => {
    const small = await minifyPagefindScript(SCRIPT);
    expect(small.length).toBeLessThan(SCRIPT.length * 0.8);
    const [before, after] = [await importSource(SCRIPT), await importSource(small)];
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(after['pagefind_version']).toBe('1.6.0');
    expect((after['buildWorkerUrl'] as (b: string) => string)('/x/pagefind/')).toBe('/x/pagefind/pagefind-worker.js');
    const instance = (after['options'] as (o: object) => { metaUrl: (l: string) => Promise<string> })({ basePath: '/pagefind/tieu-de/' });
    expect(await instance.metaUrl('vi_5da6cb1fa0')).toBe('/pagefind/tieu-de/pagefind.vi_5da6cb1fa0.pf_meta');
  });

  it('a metadata file is gzipped again with its payload byte for byte, never larger', () => {
    const fast = gzipSync(META, { level: 1 });
    const best = regzip(fast);
    expect(best.length).toBeLessThan(fast.length);
    expect(gunzipSync(best).equals(META)).toBe(true);
    // Already at its best: the same buffer back.
    expect(regzip(best)).toBe(best);
  });

  it('an index folder: UI files gone, scripts minified, metadata smaller, fragments and chunks untouched; a second pass changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gs-pf-assets-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'fragment'));
    const fragment = gzipSync(Buffer.from('pagefind_dcd{"url":"/a/"}'), { level: 1 });
    writeFileSync(join(dir, 'fragment', 'vi_1.pf_fragment'), fragment);
    writeFileSync(join(dir, 'pagefind.js'), SCRIPT);
    writeFileSync(join(dir, 'pagefind-worker.js'), SCRIPT);
    writeFileSync(join(dir, 'pagefind-ui.js'), 'ui');
    writeFileSync(join(dir, 'pagefind-ui.css'), 'ui');
    writeFileSync(join(dir, 'pagefind.vi_1.pf_meta'), gzipSync(META, { level: 1 }));
    writeFileSync(join(dir, 'pagefind-entry.json'), '{"version":"1.6.0"}');

    const saved = await compactIndexFolder(dir);
    expect(saved).toBeGreaterThan(0);
    expect(readdirSync(dir).sort()).toEqual(['fragment', 'pagefind-entry.json', 'pagefind-worker.js', 'pagefind.js', 'pagefind.vi_1.pf_meta']);
    expect(readFileSync(join(dir, 'pagefind.js'), 'utf8').length).toBeLessThan(SCRIPT.length);
    expect(gunzipSync(readFileSync(join(dir, 'pagefind.vi_1.pf_meta'))).equals(META)).toBe(true);
    expect(readFileSync(join(dir, 'fragment', 'vi_1.pf_fragment')).equals(fragment)).toBe(true);
    expect(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')).toBe('{"version":"1.6.0"}');

    expect(await compactIndexFolder(dir)).toBe(0);
  });
});
