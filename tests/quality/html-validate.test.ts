/**
 * Every built HTML page passes html-validate with the checked-in .htmlvalidate.json
 * (rules switched off or tuned there are explained in the README, "Quality gates").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../build/build-helpers.ts';
import { builtSite, filesUnder } from '../support/site.ts';

const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);

async function problems(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) => r.messages.map((m) => `${name}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`));
}

describe('html-validate', () => {
  let dist: string;
  let pages: string[];
  beforeAll(() => {
    dist = builtSite();
    pages = filesUnder(dist).filter((f) => f.endsWith('.html'));
  });

  it('passes on every built page', async () => {
    expect(pages.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const page of pages) found.push(...(await problems(readFileSync(join(dist, page), 'utf8'), page)));
    expect(found).toEqual([]);
  });

  it('uses a configuration that catches invalid markup, missing alt text and unlabelled fields', async () => {
    const bad =
      '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>x</title></head><body>' +
      '<main><p><div>block in p</div></p><img src="a.jpg"><input type="text"><span id="a"></span><span id="a"></span></main></body></html>';
    const rules = new Set((await problems(bad, 'bad.html')).map((p) => /\[([^\]]+)\]/.exec(p)![1]));
    for (const rule of ['close-order', 'wcag/h37', 'input-missing-label', 'no-dup-id']) expect(rules).toContain(rule);
  });
});
