/**
 * The page model of a story route (src/lib/publish/story-page.ts): what a page
 * shows of other stories comes from it, and its key changes exactly when
 * something the page shows changes.
 */
import { describe, expect, it } from 'vitest';
import { assembleSite, type Published, type SiteData } from '../../../src/lib/site/site-assembly.ts';
import { storyPage, storyRoutes } from '../../../src/lib/publish/story-page.ts';

const day = (d: number) => new Date(Date.UTC(2024, 4, d, 2));
const ref = (id: string) => ({ id });

/** Entries as the content layer gives them; `digest` stands for Astro's hash of the file. */
function published(digests: Record<string, string> = {}): Published {
  const entry = <T extends object>(id: string, data: T) => ({ id, data, body: '', digest: digests[id] ?? `v1-${id}` });
  const base = { tags: [] as string[], draft: false, sapo: 'Tóm tắt.', byline: undefined, source: undefined };
  return {
    directives: [
      entry('qd-08', {
        kind: 'Quy định',
        code: '08-QĐi/TW',
        aliases: [],
        issuer: 'Ban Chấp hành Trung ương',
        issuedAt: day(1),
        publishedAt: day(1),
        summary: 'Quy định nêu gương.',
        tags: [],
        draft: false,
      }),
      entry('ct-05', {
        kind: 'Chỉ thị',
        code: '05-CT/TW',
        aliases: [],
        issuer: 'Bộ Chính trị',
        issuedAt: day(2),
        publishedAt: day(2),
        summary: 'Chỉ thị học tập.',
        tags: [],
        draft: false,
      }),
    ],
    conferences: [
      entry('hn-1', {
        ...base,
        title: 'Hội nghị sơ kết',
        section: 'Xây dựng Đảng',
        kind: 'Sơ kết',
        startsAt: day(3),
        publishedAt: day(3),
        place: 'Hội trường',
        province: 'Nam Định',
        organiser: 'Tỉnh ủy',
        speakers: [],
        directives: [ref('qd-08')],
        honourees: [ref('ng-a')],
      }),
    ],
    honourees: [
      entry('ng-a', {
        kind: 'individual',
        name: 'Nguyễn Văn A',
        role: 'Bí thư chi bộ',
        unit: 'Chi bộ xóm 1',
        province: 'Nam Định',
        honours: [],
        summary: 'Một đảng viên gương mẫu.',
        publishedAt: day(4),
        tags: [],
        directives: [],
        draft: false,
      }),
    ],
    articles: [
      entry('bai-1', {
        ...base,
        title: 'Bài về hội nghị',
        section: 'Xây dựng Đảng',
        genre: 'Tin',
        publishedAt: day(5),
        conference: ref('hn-1'),
        directives: [ref('qd-08')],
        honourees: [ref('ng-a')],
      }),
      entry('bai-2', { ...base, title: 'Bài khác hẳn', section: 'Người tốt - Việc tốt', genre: 'Tin', publishedAt: day(6), directives: [], honourees: [] }),
      // Enough stories citing the directive that its "Tin khác" needs no filler.
      ...[1, 2, 3, 4, 5, 6].map((n) =>
        entry(`bai-c${n}`, { ...base, title: `Bài trích dẫn ${n}`, section: 'Xây dựng Đảng', genre: 'Tin', publishedAt: day(n), directives: [ref('qd-08')], honourees: [] }),
      ),
    ],
  } as unknown as Published;
}

const pageOf = async (site: SiteData, key: string) => storyPage(site, site.storyByKey.get(key)!);

describe('story page model', () => {
  it('gathers the link lists each kind of story shows', async () => {
    const site = assembleSite(published());
    const article = await pageOf(site, 'articles/bai-1');
    expect(article.links.conference.map((l) => l.url)).toEqual(['/hoi-nghi/hn-1/']);
    expect(article.links.directives.map((l) => l.label)).toEqual(['Quy định 08-QĐi/TW']);
    expect(article.links.honourees.map((l) => l.label)).toEqual(['Nguyễn Văn A']);
    expect((await pageOf(site, 'directives/qd-08')).links.citing.map((l) => l.url).sort()).toEqual([
      '/bai-viet/bai-1/',
      ...[1, 2, 3, 4, 5, 6].map((n) => `/bai-viet/bai-c${n}/`),
      '/hoi-nghi/hn-1/',
    ]);
    expect((await pageOf(site, 'honourees/ng-a')).links.mentioning.map((l) => l.url).sort()).toEqual(['/bai-viet/bai-1/', '/hoi-nghi/hn-1/']);
    expect((await pageOf(site, 'conferences/hn-1')).links.reports.map((l) => l.url)).toEqual(['/bai-viet/bai-1/']);
    // A conference is its own conference: it does not link itself.
    expect((await pageOf(site, 'conferences/hn-1')).links.conference).toEqual([]);
  });

  it('is built once per story per site', async () => {
    const site = assembleSite(published());
    expect(await pageOf(site, 'articles/bai-1')).toBe(await pageOf(site, 'articles/bai-1'));
  });

  it('changes its key when a story it shows changes, and only then', async () => {
    const before = assembleSite(published());
    const key = async (site: SiteData, k: string) => (await pageOf(site, k)).key;
    // The directive page lists the stories citing it: editing one of them changes its key.
    const citingEdited = assembleSite(published({ 'bai-1': 'v2' }));
    expect(await key(citingEdited, 'directives/qd-08')).not.toBe(await key(before, 'directives/qd-08'));
    // A story in another section that cites nothing is not on the directive's page.
    const directivePage = await pageOf(before, 'directives/qd-08');
    expect([...directivePage.related, ...directivePage.sameSection].map((s) => s.key)).not.toContain('articles/bai-2');
    const unrelatedEdited = assembleSite(published({ 'bai-2': 'v2' }));
    expect(await key(unrelatedEdited, 'directives/qd-08')).toBe(await key(before, 'directives/qd-08'));
    // Its own edit changes its own key.
    expect(await key(unrelatedEdited, 'articles/bai-2')).not.toBe(await key(before, 'articles/bai-2'));
  });

  it('keys the share image by what the card shows, not by the page around it', async () => {
    const before = await pageOf(assembleSite(published()), 'directives/qd-08');
    const after = await pageOf(assembleSite(published({ 'bai-1': 'v2' })), 'directives/qd-08');
    expect(after.key).not.toBe(before.key);
    expect(after.shareKey).toBe(before.shareKey);
    expect(before.shareCard).toEqual({ title: 'Quy định 08-QĐi/TW', kicker: 'Văn bản', coverPath: undefined });
  });

  it('gives routes the model as props and its key as the cacheKey', async () => {
    const site = assembleSite(published());
    const routes = await storyRoutes(site, 'articles', site.articles, (e) => ({ id: e.id }));
    expect(routes.map((r) => r.params.id).sort()).toEqual(site.articles.map((a) => a.id).sort());
    expect(routes).toHaveLength(8);
    for (const r of routes) {
      expect(r.props.page).toBe(await pageOf(site, `articles/${r.params.id}`));
      expect(r.cacheKey).toBe(r.props.page.key);
    }
  });
});
