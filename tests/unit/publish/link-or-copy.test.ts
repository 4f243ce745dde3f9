import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cachePage, linkOrCopy } from '../../../src/integrations/incremental-links.ts';

const writeIn = (file: string, text: string) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};

describe('linkOrCopy (pages restored from the cache, share cards placed)', () => {
  it('links into a folder it makes, makes it again once removed, and says false for a missing source', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gs-link-'));
    const source = join(dir, 'cache.html');
    writeFileSync(source, 'trang');
    const target = join(dir, 'out', 'a', 'index.html');
    expect(await linkOrCopy(source, target)).toBe(true);
    expect(statSync(target).ino).toBe(statSync(source).ino);
    // The output folder removed between two builds in one process: made again, not taken for a missing source.
    rmSync(join(dir, 'out'), { recursive: true });
    expect(await linkOrCopy(source, target)).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('trang');
    expect(await linkOrCopy(join(dir, 'missing.html'), join(dir, 'out', 'b', 'index.html'))).toBe(false);
  });
});

describe('cachePage (the cache copy of a page Astro has just written)', () => {
  it('makes the written page the cached file, and leaves the page published from the old cached file as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gs-cache-page-'));
    const cached = join(dir, 'cache', 'bai-viet', 'a', 'index.html');
    const published = join(dir, 'dist', 'bai-viet', 'a', 'index.html');
    writeIn(cached, 'bản cũ');
    expect(await linkOrCopy(cached, published)).toBe(true);
    const written = join(dir, 'staging', 'bai-viet', 'a', 'index.html');
    writeIn(written, 'bản mới');
    await cachePage(written, cached, 'bản mới');
    expect(statSync(cached).ino).toBe(statSync(written).ino);
    expect(readFileSync(cached, 'utf8')).toBe('bản mới');
    expect(readFileSync(published, 'utf8')).toBe('bản cũ');
    expect(readdirSync(dirname(cached))).toEqual(['index.html']);
  });

  it('writes the content into a folder it makes where the written page cannot be linked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gs-cache-page-'));
    const cached = join(dir, 'cache', 'tag', 'b', 'index.html');
    await cachePage(join(dir, 'staging', 'gone.html'), cached, 'nội dung');
    expect(readFileSync(cached, 'utf8')).toBe('nội dung');
    expect(readdirSync(dirname(cached))).toEqual(['index.html']);
  });
});
