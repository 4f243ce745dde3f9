/** Every link of the site's menu leads to a page that lists stories: no empty chuyên mục. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../support/site.ts';

describe('the menu over the sample site', () => {
  let dist: string;
  beforeAll(() => {
    dist = builtSite();
  });

  it('has no link to an empty listing', () => {
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    const nav = /<nav class="main-nav"[\s\S]*?<\/nav>/.exec(home)![0];
    const links = [...nav.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!).filter((href) => href !== '/');
    // Collections and chuyên mục: the registry's lists and SECTIONS.
    expect(links.length).toBeGreaterThanOrEqual(7);
    const empty = links.filter((href) => {
      const html = readFileSync(join(dist, href, 'index.html'), 'utf8');
      // A story list's cards, or the honourees' directory.
      return !/class="card-title"/.test(html) && !/class="directory-list">\s*<li/.test(html);
    });
    expect(empty).toEqual([]);
  });
});
