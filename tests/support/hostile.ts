/** The hostile fixtures (tests/fixtures/hostile): each file on its own, in a copy of the valid fixture content. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');
export const HOSTILE = join(FIXTURES, 'hostile');

/** Every hostile story file, as a path relative to the content folder. */
export const hostileFiles = (): string[] =>
  readdirSync(join(HOSTILE, 'bai-viet'))
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => `bai-viet/${f}`);

/** Pictures too big to commit, made on the spot: over 50 megapixels, and over 6,000 px wide. */
async function makeLargeImages(dir: string): Promise<void> {
  await sharp({ create: { width: 8000, height: 7000, channels: 3, background: '#888' } })
    .png({ compressionLevel: 9 })
    .toFile(join(dir, 'qua-nhieu-diem.png'));
  await sharp({ create: { width: 6500, height: 700, channels: 3, background: '#888' } })
    .jpeg()
    .toFile(join(dir, 'rat-rong.jpg'));
}

/** The valid fixture content plus the given hostile files (all of them by default) and their pictures. */
export async function contentWithHostile(files: readonly string[] = hostileFiles()): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'gs-hostile-'));
  cpSync(join(FIXTURES, 'content'), dir, { recursive: true });
  cpSync(join(HOSTILE, 'bai-viet/anh'), join(dir, 'bai-viet/anh'), { recursive: true });
  await makeLargeImages(join(dir, 'bai-viet/anh'));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(HOSTILE, file), join(dir, file));
  }
  return dir;
}
