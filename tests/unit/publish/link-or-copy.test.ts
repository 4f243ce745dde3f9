import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkOrCopy } from '../../../src/integrations/incremental-links.ts';

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
