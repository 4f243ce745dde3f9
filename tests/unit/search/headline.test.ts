import { describe, expect, it } from 'vitest';
import { foldWord, headlineContent, pairWord, textWords } from '../../../src/lib/search/headline-words.ts';
import { markedAt, markTerms, matchFields, pairedMarks, pairTerms, withLeadPairs, withoutPairs, wordMatches, type HeadlineTerm } from '../../../src/lib/search/headline-plan.ts';
import { fieldsOf, pagefindRecord, type HeadlineRecord } from '../../../src/lib/search/headline-record.ts';
import { buildExcerpt, excerptText } from '../../../src/lib/search/excerpt.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';

describe('headline words', () => {
  it('folds words the same way for pages and queries: accents off, đ as d, apostrophes out', () => {
    expect(['Đào', 'đào', 'dao', 'ĐÀO'].map(foldWord)).toEqual(['dao', 'dao', 'dao', 'dao']);
    expect(["H'Hen", 'H’Hen', 'HHen'].map(foldWord)).toEqual(['hhen', 'hhen', 'hhen']);
    expect(foldWord('hoà')).toBe(foldWord('hòa'));
  });

  it('keeps apostrophe names as one word', () => {
    expect(textWords("Chị H'Hen Niê ở Cư M’gar, Ea H'leo")).toEqual(['Chị', "H'Hen", 'Niê', 'ở', 'Cư', 'M’gar', 'Ea', "H'leo"]);
  });

  it('writes words and pairs of adjacent words, never a pair across two fields', () => {
    const content = headlineContent(
      [
        { kind: 'title', text: 'Cô giáo Bùi Thị Nụ' },
        { kind: 'fact', text: 'Nam Định' },
      ],
      ['vcqd101z'],
    ).split(' ');
    expect(content).toEqual(expect.arrayContaining(['bui', 'zzbuithiz', 'zzthinuz', 'zznamdinhz', 'vcqd101z']));
    expect(content).not.toContain('zznunamz');
  });

  it('closes a pair, so that a whole pair does not prefix-match a longer one, and leaves the typed one open', () => {
    expect(pairWord('bui', 'ba')).toBe('zzbuibaz');
    expect('zzbuibachz'.startsWith(pairWord('bui', 'ba'))).toBe(false);
    expect('zzbaduyz'.startsWith(pairWord('ba', 'd', true))).toBe(true);
  });
});

describe('what the headline tier asks', () => {
  const alternatives = (q: string) => pairTerms(parseQuery(q)).map((t) => [t.kind, ...t.alternatives]);

  it('asks two or more words as their pairs, the last one open while it may be being typed', () => {
    expect(alternatives('Bùi Bá D')).toEqual([
      ['pair', 'zzbuibaz'],
      ['pair', 'zzbad'],
    ]);
    expect(alternatives('dao duc toan')).toEqual([
      ['pair', 'zzdaoducz'],
      ['pair', 'zzductoan'],
    ]);
  });

  it('closes the last pair of a quoted phrase, and asks one word as itself', () => {
    expect(alternatives('"Bùi Thị Nụ"').at(-1)).toEqual(['pair', 'zzthinuz']);
    expect(alternatives('Nụ')).toEqual([['word', 'nu']]);
  });

  it('asks the leads’ pairs as a family of their own, words and codes unchanged', () => {
    expect(withLeadPairs(pairTerms(parseQuery('tiep dan 05-CT/TW'))).map((t) => t.alternatives)).toEqual([
      ['zztiepdanz', 'zytiepdanz'],
      ['vbct5ztwz', 'vcct5ztwz'],
    ]);
    expect(withLeadPairs(pairTerms(parseQuery('Nụ')))).toEqual(pairTerms(parseQuery('Nụ')));
  });

  it('asks a word typed with the input method off as typed and as meant', () => {
    expect(alternatives('buif thij')).toEqual([['pair', 'zzbuifthij', 'zzbuifthi', 'zzbuithij', 'zzbuithi']]);
  });

  it('asks an apostrophe name as one word', () => {
    expect(alternatives("H'Hen Niê")).toEqual([['pair', 'zzhhennie']]);
    expect(alternatives('H’Hen Niê')).toEqual(alternatives('HHen Niê'));
  });

  it('asks a code as the keys of its page and of pages citing it, and cuts runs of words there', () => {
    const terms = pairTerms(parseQuery('chỉ thị 05 Bộ Chính trị'));
    expect(terms.map((t) => [t.kind, t.alternatives, t.selves])).toEqual([
      ['code', ['vbct5z', 'vcct5z'], ['vbct5z']],
      ['pair', ['zzbochinhz'], undefined],
      ['pair', ['zzchinhtri'], undefined],
    ]);
  });

  it('asks a bare "TU" as Trung ương first, then as a Tỉnh ủy', () => {
    const [code] = pairTerms(parseQuery('ct 05 tu'));
    expect(code).toMatchObject({ kind: 'code', alternatives: ['vbct5ztwz', 'vcct5ztwz', 'vbct5ztuz', 'vcct5ztuz'], selves: ['vbct5ztwz', 'vbct5ztuz'] });
    expect(pairTerms(parseQuery('05-CT/TƯ'))[0]!.alternatives).toEqual(['vbct5ztwz', 'vcct5ztwz']);
    expect(pairTerms(parseQuery('ct 05 TU Nghệ An'))[0]!.alternatives).toEqual(['vbct5ztwz', 'vcct5ztwz', 'vbct5ztuz', 'vcct5ztuz']);
  });

  it('leaves a word after a spoken code alone unless it is written as an issuer', () => {
    expect(parseQuery('chỉ thị 05 tư tưởng').slots.map((s) => s.text)).toEqual(['chỉ thị 05', 'tư', 'tưởng']);
    expect(parseQuery('nghị quyết 08 du lịch').slots.map((s) => s.text)).toEqual(['nghị quyết 08', 'du', 'lịch']);
    expect(parseQuery('ct 05 tu').slots.map((s) => s.text)).toEqual(['ct 05 tu']);
  });

  it('lets a pair the index lacks go when both its words stand in other pairs, and gives up otherwise', () => {
    const across = pairTerms(parseQuery('Nguyễn Văn Hùng Nghệ An'));
    const gap = across.find((t) => t.alternatives[0] === 'zzhungnghez')!;
    expect(withoutPairs(across, new Set([gap]))?.map((t) => t.alternatives[0])).toEqual(['zznguyenvanz', 'zzvanhungz', 'zznghean']);
    // A name no story has: its words would be matched wherever they stand.
    const name = pairTerms(parseQuery('Hoàng Thị Vân'));
    expect(withoutPairs(name, new Set<HeadlineTerm>(name))).toBeUndefined();
    expect(withoutPairs(name, new Set([name[1]!]))).toBeUndefined();
  });
});

describe('marks that keep the reader’s accents', () => {
  const term = (text: string, exact: boolean, prefix = false) => ({ text, exact, prefix });

  it('marks any accents for a word typed without them, only the same accents for one typed with them', () => {
    expect(wordMatches('Văn', term('van', false))).toBe(true);
    expect(wordMatches('Vân', term('van', false))).toBe(true);
    expect(wordMatches('Văn', term('Vân', true))).toBe(false);
    expect(wordMatches('Vân', term('vân', true))).toBe(true);
    expect(wordMatches('Đào', term('dao', false))).toBe(true);
    // Tone placed on another vowel is the same spelling.
    expect(wordMatches('hoà', term('hòa', true))).toBe(true);
    expect(wordMatches('hòa', term('hóa', true))).toBe(false);
  });

  it('marks an unfinished word only right after the word before it', () => {
    const q = parseQuery('bui thi n');
    const last = markTerms(q)[2]!;
    const words = 'Cô giáo Bùi Thị Nụ ở Nam Định nhờ nhiều sáng kiến'.split(' ');
    expect(words.filter((_, i) => last.some((t) => markedAt(words, i, t)))).toEqual(['Nụ']);
  });

  it('excerpts mark "Hoàng Thị Vân" and not "Văn", and leave the outlet tag out', () => {
    const text = '(Gương Sáng) - Bà Hoàng Thị Vân và ông Hoàng Văn Nhiên cùng dự hội nghị.';
    const marks = markTerms(parseQuery('Hoàng Thị Vân')).flat();
    expect(excerptText(buildExcerpt(text, [], { marks }))).toBe('Bà [Hoàng] [Thị] [Vân] và ông [Hoàng] Văn Nhiên cùng dự hội nghị.');
    // A parenthesis inside a sentence is the story's own words, not an outlet tag.
    const inside = 'Anh Lê Văn Tám (xã Diễn Châu, Nghệ An) - người giữ rừng.';
    expect(excerptText(buildExcerpt(inside, [], { marks: markTerms(parseQuery('Diễn Châu')).flat() }))).toBe('Anh Lê Văn Tám (xã [Diễn] [Châu], Nghệ An) - người giữ rừng.');
    const loose = markTerms(parseQuery('hoang thi van')).flat();
    expect(excerptText(buildExcerpt(text, [], { marks: loose }))).toBe('Bà [Hoàng] [Thị] [Vân] và ông [Hoàng] [Văn] Nhiên cùng dự hội nghị.');
  });
});

describe('marks of a headline result', () => {
  const marked = (q: string, text: string) => {
    const words = text.split(' ');
    return [...pairedMarks(words, parseQuery(q))].map((i) => words[i]);
  };

  it('marks the reader’s words where they stand together, not a lone syllable of them', () => {
    expect(marked('Bộ Chính trị', 'Chỉ thị của Bộ Chính trị yêu cầu mỗi cán bộ, đảng viên')).toEqual(['Bộ', 'Chính', 'trị']);
    expect(marked('dang dinh huu', 'Đảng ủy Khối họp giao ban')).toEqual([]);
  });

  it('marks a one-word query wherever it stands, and the pair being typed', () => {
    expect(marked('Nụ', 'cô giáo Bùi Thị Nụ, Nụ cười')).toEqual(['Nụ,', 'Nụ']);
    expect(marked('bui thi n', 'cô giáo Bùi Thị Nụ nhờ nhiều sáng kiến')).toEqual(['Bùi', 'Thị', 'Nụ']);
  });
});

describe('ranking on the fields’ own text', () => {
  const fields = [
    { kind: 'title' as const, text: 'Cô giáo Bùi Thị Nụ' },
    { kind: 'fact' as const, text: 'Trường THPT Nguyễn Huệ' },
    { kind: 'tag' as const, text: 'giáo dục' },
  ];

  it('weighs where the words stand and whether they stand together', () => {
    const inTitle = matchFields(parseQuery('Bùi Thị Nụ'), fields);
    expect(inTitle).toMatchObject({ phraseIn: 'title', weight: 9, accented: 3, accentsKept: 3, lastWhole: true });
    const inFact = matchFields(parseQuery('nguyen hue'), fields);
    expect(inFact).toMatchObject({ phraseIn: 'fact', weight: 2, accented: 0 });
  });

  it('counts the reader’s accents that the page does not have', () => {
    expect(matchFields(parseQuery('Bùi Thị Nữ'), fields)).toMatchObject({ accented: 3, accentsKept: 2 });
  });

  it('counts a code where a field writes it, in any spelling', () => {
    const withCode = matchFields(parseQuery('Quy định 101 Phú Thọ'), [{ kind: 'title', text: 'Phú Thọ: Đưa Quy định 101 vào nếp làm việc' }]);
    const withoutCode = matchFields(parseQuery('Quy định 101 Phú Thọ'), [{ kind: 'title', text: 'Đảng bộ tỉnh Phú Thọ' }]);
    expect(withCode.weight).toBeGreaterThan(withoutCode.weight);
  });
});

describe('headline records', () => {
  const record: HeadlineRecord = {
    url: '/guong-sang/ca-nhan/bui-thi-nu/',
    fields: [
      { kind: 'title', text: 'Cô giáo Bùi Thị Nụ' },
      { kind: 'name', text: 'Bùi Thị Nụ' },
      { kind: 'fact', text: 'Nam Định' },
    ],
    keys: ['vcqd101z'],
    meta: [
      ['title', 'Cô giáo Bùi Thị Nụ'],
      ['sapo', '(Gương Sáng) - Cô giáo tiếp dân mỗi sáng thứ Năm.'],
    ],
  };

  it('searches the lead as pairs of its own family, without the outlet tag every story shares', () => {
    const words = pagefindRecord(record).content.split(' ');
    expect(words).toEqual(expect.arrayContaining(['zytiepdanz', 'zythunamz', 'zzcogiaoz']));
    expect(words).not.toContain('zztiepdanz');
    // "Cô giáo" is in the title too: asked as a headline pair, it is not written again for the lead.
    expect(words).not.toContain('zycogiaoz');
    expect(words.filter((w) => w.includes('guongsang'))).toEqual([]);
    expect(fieldsOf(pagefindRecord(record).meta).at(-1)).toEqual({ kind: 'lead', text: 'Cô giáo tiếp dân mỗi sáng thứ Năm.' });
  });

  it('carries the base path, the full-text page id, and its fields back from metadata', () => {
    const r = pagefindRecord(record, '/guong-sang/', new Map([['/guong-sang/guong-sang/ca-nhan/bui-thi-nu/', 'vi_abc']]));
    expect(r.url).toBe('/guong-sang/guong-sang/ca-nhan/bui-thi-nu/');
    expect(r.meta['fid']).toBe('vi_abc');
    expect(fieldsOf(r.meta)).toEqual([...record.fields, { kind: 'lead', text: 'Cô giáo tiếp dân mỗi sáng thứ Năm.' }]);
    expect(r.content.split(' ')).toContain('vcqd101z');
  });
});
