/**
 * Both search tiers over small Pagefind indexes written here with the Node API
 * (no site build): names of the Central Highlands written with an apostrophe,
 * names typed letter by letter, accents the reader typed, pairs the index lacks,
 * and the list that puts headline results first and full-text ones after them,
 * each story once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { fullTextIds } from '../../src/integrations/search-index.ts';
import { pagefindRecord, type HeadlineRecord } from '../../src/lib/search/headline-record.ts';
import { HEADLINE_SUBFOLDER, openTiered } from '../../src/lib/search/node-pagefind.ts';
import type { TieredSearch } from '../../src/lib/search/tiers.ts';
import { excerptText } from '../../src/lib/search/excerpt.ts';

interface Story {
  url: string;
  title: string;
  facts: string[];
  body: string;
  /** Lookup keys of a directive's own code. */
  keys?: string[];
}

const stories: Story[] = [
  { url: '/guong-sang/ca-nhan/h-hen-nie/', title: "Chị H'Hen Niê", facts: ['Buôn Ma Thuột', 'Đắk Lắk'], body: "Chị H'Hen Niê vận động bà con trong buôn giữ rừng." },
  { url: '/guong-sang/ca-nhan/y-moan-eban/', title: "Anh Y'Moan Êban", facts: ["Cư M'gar", 'Đắk Lắk'], body: "Anh Y'Moan Êban ở huyện Cư M'gar dạy chữ cho thanh niên." },
  { url: '/guong-sang/tap-the/chi-bo-ea-hleo/', title: "Chi bộ buôn Ea H'leo", facts: ["Ea H'leo", 'người M’Nông'], body: 'Chi bộ giúp đồng bào làm kinh tế.' },
  { url: '/guong-sang/ca-nhan/bui-ba-duy/', title: 'Bùi Bá Duy', facts: ['Nghệ An'], body: 'Anh Bùi Bá Duy là đảng viên trẻ.' },
  { url: '/guong-sang/ca-nhan/bui-ba-dung/', title: 'Bùi Bá Dũng', facts: ['Hà Tĩnh'], body: 'Anh Bùi Bá Dũng giữ nghề rèn.' },
  { url: '/guong-sang/ca-nhan/hoang-thi-van/', title: 'Hoàng Thị Vân', facts: ['Thanh Hóa'], body: 'Chị Hoàng Thị Vân mở lớp học tình thương.' },
  { url: '/guong-sang/ca-nhan/hoang-thi-van-2/', title: 'Hoàng Thị Văn', facts: ['Nghệ An'], body: 'Chị Hoàng Thị Văn nuôi ong.' },
  // The Politburo's Chỉ thị 05 and a Tỉnh ủy's own 05-CT/TU.
  {
    url: '/van-ban/chi-thi-05-ct-tw/',
    title: 'Chỉ thị 05-CT/TW',
    facts: ['05-CT/TW', 'Bộ Chính trị'],
    body: 'Chỉ thị của Bộ Chính trị về học tập và làm theo Bác.',
    keys: ['vbct5ztwz'],
  },
  {
    url: '/van-ban/chi-thi-05-ct-tu-nghe-an/',
    title: 'Chỉ thị 05-CT/TU',
    facts: ['05-CT/TU', 'Tỉnh ủy Nghệ An'],
    body: 'Chỉ thị của Tỉnh ủy Nghệ An về cải cách hành chính.',
    keys: ['vbct5ztuz'],
  },
  // A topic in one title and in another story's lead only.
  { url: '/bai-viet/tiep-dan-yen-dong/', title: 'Ngày tiếp dân ở xã Yên Đồng', facts: ['Nam Định'], body: 'Bí thư xã dành sáng thứ Năm cho người dân.' },
  { url: '/bai-viet/so-ket-yen-loi/', title: 'Sơ kết một năm ở xã Yên Lợi', facts: ['Nam Định'], body: 'Xã giữ lịch tiếp dân đều đặn mỗi tuần.' },
  // Named in the text only: the full text finds it, the headlines do not.
  { url: '/bai-viet/ve-buon/', title: 'Về buôn làng mùa rẫy', facts: [], body: "Già làng kể chuyện H'Hen Niê đi từng nhà vận động." },
];

let dir: string;
let tiers: { search: TieredSearch; destroy(): Promise<void> };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gs-tiers-'));
  const full = await pagefind.createIndex({ forceLanguage: 'vi' });
  for (const s of stories)
    await full.index!.addCustomRecord({
      url: s.url,
      content: `${s.title} ${s.body} ${s.facts.join(' ')}`,
      language: 'vi',
      meta: { title: s.title, sapo: s.body, type: 'Gương sáng', date: '2021-05-10T08:00:00+07:00', ...(s.keys ? { k: s.keys.join(' ') } : {}) },
    });
  await full.index!.writeFiles({ outputPath: join(dir, 'pagefind') });
  await pagefind.close();
  const ids = await fullTextIds(join(dir, 'pagefind'));
  const headline = await pagefind.createIndex({ forceLanguage: 'vi' });
  for (const s of stories.filter((x) => x.facts.length)) {
    const record: HeadlineRecord = {
      url: s.url,
      fields: [{ kind: 'title', text: s.title }, ...s.facts.map((text) => ({ kind: 'fact' as const, text }))],
      keys: s.keys ?? [],
      meta: [
        ['title', s.title],
        ['sapo', s.body],
        ['type', 'Gương sáng'],
        ['date', '2021-05-10T08:00:00+07:00'],
      ],
    };
    await headline.index!.addCustomRecord(pagefindRecord(record, '/', ids));
  }
  await headline.index!.writeFiles({ outputPath: join(dir, 'pagefind', HEADLINE_SUBFOLDER) });
  await pagefind.close();
  tiers = openTiered(join(dir, 'pagefind'));
});

afterAll(async () => {
  await tiers.destroy();
  rmSync(dir, { recursive: true, force: true });
});

const ask = async (q: string, count = 10) => {
  const outcome = await tiers.search.search(q);
  const cards = await tiers.search.cards(outcome, 0, count);
  return { outcome, cards, urls: cards.map((c) => c.url) };
};

describe('apostrophe names', () => {
  it("finds H'Hen Niê typed with ', ’ or no apostrophe, from the headlines, and reports no part missing", async () => {
    for (const q of ["H'Hen Niê", 'H’Hen Niê', 'HHen Nie', 'hhen nie']) {
      const { outcome, urls } = await ask(q, 1);
      expect(urls[0], q).toBe('/guong-sang/ca-nhan/h-hen-nie/');
      expect(outcome.tier, q).toBe('headline');
      expect(outcome.missing, q).toEqual([]);
    }
  });

  it("finds places written with an apostrophe (Cư M'gar, Ea H'leo, M’Nông)", async () => {
    expect((await ask('Cư Mgar', 1)).urls).toEqual(['/guong-sang/ca-nhan/y-moan-eban/']);
    expect((await ask("ea h'leo", 1)).urls).toEqual(['/guong-sang/tap-the/chi-bo-ea-hleo/']);
    expect((await ask("M'Nông", 1)).urls).toEqual(['/guong-sang/tap-the/chi-bo-ea-hleo/']);
  });

  it('reports only the word that is in no page, never a part of an apostrophe name', async () => {
    const { outcome, urls } = await ask("Y'Moan xyzq");
    expect(outcome.tier).toBe('full');
    expect(outcome.missing).toEqual(['xyzq']);
    expect(urls[0]).toBe('/guong-sang/ca-nhan/y-moan-eban/');
  });
});

describe('typing a name', () => {
  it('"Bùi Bá D" finds both Bùi Bá Duy and Bùi Bá Dũng, "Bùi Bá Dũ" only Dũng first', async () => {
    expect((await ask('Bùi Bá D')).urls.slice(0, 2).sort()).toEqual(['/guong-sang/ca-nhan/bui-ba-dung/', '/guong-sang/ca-nhan/bui-ba-duy/']);
    expect((await ask('Bùi Bá Dũ')).urls[0]).toBe('/guong-sang/ca-nhan/bui-ba-dung/');
    expect((await ask('bui ba duy')).urls[0]).toBe('/guong-sang/ca-nhan/bui-ba-duy/');
  });
});

describe('accents the reader typed', () => {
  it('ranks the exact spelling first and marks only it', async () => {
    const van = await ask('Hoàng Thị Vân');
    expect(van.urls.slice(0, 2)).toEqual(['/guong-sang/ca-nhan/hoang-thi-van/', '/guong-sang/ca-nhan/hoang-thi-van-2/']);
    expect(excerptText(van.cards[1]!.excerpt)).toBe('Chị [Hoàng] [Thị] Văn nuôi ong.');
    const van2 = await ask('Hoàng Thị Văn');
    expect(van2.urls[0]).toBe('/guong-sang/ca-nhan/hoang-thi-van-2/');
    // Without accents, both are the reader's words.
    expect(excerptText((await ask('hoang thi van')).cards.find((c) => c.url.endsWith('van-2/'))!.excerpt)).toBe('Chị [Hoàng] [Thị] [Văn] nuôi ong.');
  });
});

describe('the list: headlines first, then the full text, each story once', () => {
  it('asks the full text only when the list reaches past the headlines, and never lists a story twice', async () => {
    const outcome = await tiers.search.search('hhen nie');
    expect(outcome.tier).toBe('headline');
    expect(await tiers.search.count(outcome)).toEqual({ total: 1, headline: 1, more: true });
    expect(outcome.full).toBeUndefined();
    const cards = await tiers.search.cards(outcome, 0, 10);
    expect(cards.map((c) => [c.url, c.tier])).toEqual([
      ['/guong-sang/ca-nhan/h-hen-nie/', 'headline'],
      ['/bai-viet/ve-buon/', 'full'],
    ]);
    expect(await tiers.search.count(outcome)).toEqual({ total: 2, headline: 1, more: false });
  });

  it('answers from the full text when the headlines hold nothing, and when the reader filters or sorts by date', async () => {
    expect((await tiers.search.search('già làng')).tier).toBe('full');
    expect((await tiers.search.search('hhen nie', { sort: 'date' })).tier).toBe('full');
  });

  it('asks the leads only when no headline field holds the words', async () => {
    const { outcome, urls } = await ask('deu dan');
    expect(outcome.tier).toBe('headline');
    expect(outcome.headline!.terms[0]!.alternatives).toEqual(['zzdeudan', 'zydeudan']);
    expect(urls).toEqual(['/bai-viet/so-ket-yen-loi/']);
  });

  it('leaves the leads unasked when a headline field holds the words; the full text lists the lead-only story once, after', async () => {
    const { outcome, cards } = await ask('tiep dan');
    expect(outcome.tier).toBe('headline');
    expect(outcome.headline!.terms[0]!.alternatives).toEqual(['zztiepdan']);
    expect(cards.map((c) => [c.url, c.tier])).toEqual([
      ['/bai-viet/tiep-dan-yen-dong/', 'headline'],
      ['/bai-viet/so-ket-yen-loi/', 'full'],
    ]);
  });

  it('tells a word no page holds missing and answers the other words from the headlines', async () => {
    const { outcome, urls, cards } = await ask('Bùi Bá Duy xyzzy');
    expect(outcome.tier).toBe('headline');
    expect(outcome.missing).toEqual(['xyzzy']);
    expect(urls[0]).toBe('/guong-sang/ca-nhan/bui-ba-duy/');
    expect(excerptText(cards[0]!.excerpt)).toBe('Anh [Bùi] [Bá] [Duy] là đảng viên trẻ.');
    // A word that only a body holds is not missing: the full text answers with it.
    const body = await ask('Bùi Bá Duy trẻ');
    expect([body.outcome.tier, body.outcome.missing, body.urls[0]]).toEqual(['full', [], '/guong-sang/ca-nhan/bui-ba-duy/']);
  });

  it('leaves a name no story has to the full text instead of matching its words apart', async () => {
    const { outcome } = await ask('Hoàng Bá Niê');
    expect(outcome.tier).toBe('full');
  });
});

describe('provincial codes', () => {
  it('asks a bare "tu" as Trung ương first, a Tỉnh ủy after, and the province’s own when the query names it', async () => {
    expect((await ask('ct 05 tu')).urls.slice(0, 2)).toEqual(['/van-ban/chi-thi-05-ct-tw/', '/van-ban/chi-thi-05-ct-tu-nghe-an/']);
    expect((await ask('05-CT/TU')).urls.slice(0, 2)).toEqual(['/van-ban/chi-thi-05-ct-tw/', '/van-ban/chi-thi-05-ct-tu-nghe-an/']);
    expect((await ask('chỉ thị 05 Nghệ An')).urls[0]).toBe('/van-ban/chi-thi-05-ct-tu-nghe-an/');
    expect((await ask('ct 05 tu nghe an')).urls[0]).toBe('/van-ban/chi-thi-05-ct-tu-nghe-an/');
  });

  it('keeps "TƯ" written with its horn to Trung ương alone', async () => {
    expect((await ask('05-CT/TƯ')).urls).toEqual(['/van-ban/chi-thi-05-ct-tw/']);
  });
});
