import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../support/site.ts';
import { checkLinks } from './links.ts';

const show = (broken: ReturnType<typeof checkLinks>['broken']) => broken.map((b) => `${b.in}: ${b.from} ${b.url} — ${b.problem}`);

describe('link check over dist/', () => {
  let dist: string;
  beforeAll(() => {
    dist = builtSite();
  });

  it('finds no broken internal link, anchor, image, script, stylesheet, font or feed reference', () => {
    const { broken, checked } = checkLinks(dist);
    expect(show(broken)).toEqual([]);
    // The sample site has thousands of internal references; far fewer means the scan missed them.
    expect(checked).toBeGreaterThan(2000);
  });
});

describe('the link checker itself', () => {
  it('reports missing pages, anchors, images, feed items, CSS fonts and folder links without a slash', () => {
    const dist = mkdtempSync(join(tmpdir(), 'gs-links-'));
    const put = (path: string, text: string) => {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      writeFileSync(join(dist, path), text);
    };
    const head = '<link rel="canonical" href="https://x.example/"><link rel="stylesheet" href="/s.css">';
    put(
      'index.html',
      `<html><head>${head}</head><body><a href="/a/">a</a> <a href="/a/#there">ok</a> <a href="/a/#nowhere">bad anchor</a>
      <a href="/b/">missing</a> <a href="/a">no slash</a> <a href="#top" id="top">self</a> <img src="/anh.jpg" srcset="/anh.jpg 1x, /anh-2x.jpg 2x">
      <a href="https://other.example/x">elsewhere</a></body></html>`,
    );
    put('a/index.html', '<html><body><h2 id="there">x</h2></body></html>');
    put('anh.jpg', 'jpg');
    put('s.css', '@font-face{src:url(/_astro/font.woff2)}');
    put('rss.xml', '<rss><channel><link>https://x.example/</link><item><link>https://x.example/gone/</link></item></channel></rss>');
    const found = show(checkLinks(dist).broken);
    expect(found).toEqual([
      '/: a[href] /a/#nowhere — no element with id "nowhere"',
      '/: a[href] /b/ — no such file in dist/',
      '/: a[href] /a — folder linked without its trailing slash',
      '/: img[srcset] /anh-2x.jpg — no such file in dist/',
      '/rss.xml: xml https://x.example/gone/ — no such file in dist/',
      '/s.css: css url() /_astro/font.woff2 — no such file in dist/',
    ]);
  });
});
