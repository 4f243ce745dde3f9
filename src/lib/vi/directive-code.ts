/**
 * Document codes (số hiệu văn bản) however readers and the press spell them:
 * "08-QĐi/TW", "08-QĐ/TW", "05/CT-TW", "05-CT/TƯ", "101- QĐ/TW", "157/2007/NĐ-CP",
 * "123/QĐ-UBND", "45-KH/TU", "12-TB/TU", "05-CTr/TU", "30-BC/TU", "15-CV/TU", and the
 * spoken forms "quy định 08", "qđi 08", "chỉ thị 05", "kế hoạch số 45", "thông báo 12".
 * One parser serves the content check, the auto-linking of bodies and the search query layer.
 */
import { foldKey } from './normalize.ts';

/**
 * Kind of document, as a short ASCII tag: 'qd' is a Quy định, 'qdinh' a Quyết định (both
 * abbreviated QĐ: see `qdKind`), 'ctr' a Chương trình, 'cv' a Công văn, 'bc' a Báo cáo.
 */
export type CodeKind = 'qd' | 'qdinh' | 'ct' | 'nq' | 'nd' | 'kl' | 'hd' | 'tb' | 'kh' | 'ctr' | 'cv' | 'bc';

export interface DirectiveCode {
  kind: CodeKind;
  /** Number without leading zeros: "8", "157". */
  number: string;
  /** Year written inside the code ("157/2007/NĐ-CP"), if any. */
  year?: string | undefined;
  /** Issuer abbreviation, folded: "tw", "cp", "duk". */
  issuer?: string | undefined;
}

/** A code found in a text, with the character span it covers. */
export interface FoundCode extends DirectiveCode {
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** Written as a code ("08-QĐi/TW"), not spoken ("quy định 08"). */
  written: boolean;
}

/** Abbreviations written inside codes, folded (đ → d) and lower-cased. */
const ABBREVIATIONS: Record<string, CodeKind> = {
  qd: 'qd',
  qdi: 'qd',
  ct: 'ct',
  nq: 'nq',
  nd: 'nd',
  kl: 'kl',
  hd: 'hd',
  tb: 'tb',
  kh: 'kh',
  ctr: 'ctr',
  cv: 'cv',
  bc: 'bc',
};

/** Full names of kinds, folded, as readers type them. */
const KIND_WORDS: [string, CodeKind][] = [
  ['quy dinh', 'qd'],
  ['chi thi', 'ct'],
  ['nghi quyet', 'nq'],
  ['nghi dinh', 'nd'],
  ['ket luan', 'kl'],
  ['huong dan', 'hd'],
  ['thong bao', 'tb'],
  ['ke hoach', 'kh'],
  ['quyet dinh', 'qdinh'],
  ['chuong trinh', 'ctr'],
  ['cong van', 'cv'],
  ['bao cao', 'bc'],
];

/** Vietnamese names of the kinds, for messages. */
export const KIND_LABELS: Record<CodeKind, string> = {
  qd: 'Quy định',
  qdinh: 'Quyết định',
  ct: 'Chỉ thị',
  nq: 'Nghị quyết',
  nd: 'Nghị định',
  kl: 'Kết luận',
  hd: 'Hướng dẫn',
  tb: 'Thông báo',
  kh: 'Kế hoạch',
  ctr: 'Chương trình',
  cv: 'Công văn',
  bc: 'Báo cáo',
};

/**
 * TW, TƯ, T.Ư, T.W (and T.U) are all Trung ương. TU without the horn is a Tỉnh ủy, a body of
 * its own, as are HU (huyện ủy), ĐU (đảng ủy), ĐUK (đảng ủy khối), BTGTU (ban tuyên giáo
 * tỉnh ủy)…: the issuer is compared as written, before folding, so "05-CT/TU" is never
 * "05-CT/TW".
 */
const CENTRAL = /^T(?:Ư|W|\.Ư|\.W|\.U)\.?$/;

const normNumber = (n: string): string => String(Number.parseInt(n, 10));
/** An issuer as codes compare it: "tw" for every spelling of Trung ương, otherwise folded ("tu", "duk"). */
export const normIssuer = (s: string | undefined): string | undefined => {
  if (!s) return undefined;
  const compact = s.normalize('NFC').toUpperCase().replace(/\s+/g, '');
  return CENTRAL.test(compact) ? 'tw' : foldKey(compact).replace(/\./g, '');
};

/**
 * A code written as such: number, optional year, kind abbreviation, optional issuer,
 * separated by "-", "/" or spaces in any order the press uses. The issuer starts
 * and ends with a letter, so a full stop after "TW." is not part of it.
 */
const WRITTEN = /(?<![\p{L}\p{N}])(\d{1,4})(?:\s*\/\s*(\d{4,5}))?\s*([-/])\s*([\p{L}.]{2,4})(?:\s*[-/]\s*(\p{L}(?:[\p{L}.]{0,6}\p{L})?))?(?![\p{L}\p{N}])/gu;

/** A Party body, as `normIssuer` folds it: Trung ương, or an ủy ("tu", "hu", "du", "duk", "btgtu", "qu"). */
const PARTY_ISSUER = /^(?:[a-z]*tw|[a-z]*uk?)$/;

/**
 * QĐ is both a Quy định and a Quyết định. The rule, from how each system numbers its documents:
 * - "QĐi" is always a Quy định (the Party's spelling since 2017: "08-QĐi/TW").
 * - The Party writes number, hyphen, kind, slash, issuer: "101-QĐ/TW", "35-QĐ/TU" are Quy định,
 *   as the press still calls them.
 * - The State writes number, slash, kind, hyphen, issuer: "123/QĐ-UBND", "1234/QĐ-TTg",
 *   "15/2020/QĐ-UBND" are Quyết định — unless the issuer is a Party body (TW, TU, HU, ĐU, ĐUK,
 *   BTGTU …, all ending in U, UK or TW), which makes "08/QĐ-TW" a misspelt Quy định 08-QĐ/TW.
 * - Spoken, "quyết định 123" is a Quyết định; "quy định 08" and a bare "QĐ 08" a Quy định.
 */
export function qdKind(abbreviation: string, separator: string, issuer: string | undefined): 'qd' | 'qdinh' {
  if (foldKey(abbreviation).replace(/\./g, '') === 'qdi' || separator !== '/') return 'qd';
  return issuer && PARTY_ISSUER.test(issuer) ? 'qd' : 'qdinh';
}

/** Kind abbreviation or full kind name next to a number: "qđi 08", "quy định 08", "08 qđi". */
const SPOKEN_BEFORE =
  /(?<![\p{L}\p{N}])(qđi|qđ|qdi|qd|ct|nq|nđ|nd|kl|hd|tb|quy\s+định|quy\s+dinh|chỉ\s+thị|chi\s+thi|nghị\s+quyết|nghi\s+quyet|nghị\s+định|nghi\s+dinh|kết\s+luận|ket\s+luan|hướng\s+dẫn|huong\s+dan|thông\s+báo|thong\s+bao|kế\s+hoạch|ke\s+hoach|quyết\s+định|quyet\s+dinh|chương\s+trình|chuong\s+trinh|công\s+văn|cong\s+van|báo\s+cáo|bao\s+cao)\s*(?:(số\s+|so\s+))?(\d{1,4})(?![\p{L}\p{N}])/giu;
const SPOKEN_AFTER = /(?<![\p{L}\p{N}])(\d{1,4})\s*(qđi|qđ|qdi|qd|ct|nq|nđ|nd|kl)(?![\p{L}\p{N}])/giu;

const YEAR = /^(?:19|20)\d\d$/;
/** Kinds whose spoken name is an everyday word ("chương trình 2025", "báo cáo 2023"). */
const NEW_SPOKEN: ReadonlySet<CodeKind> = new Set(['qdinh', 'ctr', 'cv', 'bc', 'kh', 'tb']);

function kindOf(word: string): CodeKind | undefined {
  const f = foldKey(word).replace(/\s+/g, ' ').replace(/\./g, '');
  return ABBREVIATIONS[f] ?? KIND_WORDS.find(([w]) => w === f)?.[1];
}

/**
 * Every code in `text`, left to right, without overlaps. `spoken: false` keeps
 * only codes written as codes — what a story body links, since "Chỉ thị 05"
 * in prose may mean another body's directive.
 */
export function findCodes(text: string, { spoken = true }: { spoken?: boolean } = {}): FoundCode[] {
  const found: FoundCode[] = [];
  const overlaps = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  for (const m of text.matchAll(WRITTEN)) {
    const [whole, num, year, separator, a, b] = m;
    const start = m.index;
    const issuer = normIssuer(b);
    let kind = kindOf(a!);
    if (!kind) continue;
    if (kind === 'qd') kind = qdKind(a!, year ? '/' : separator!, issuer);
    found.push({ kind, number: normNumber(num!), year, issuer, start, end: start + whole.length, text: whole, written: true });
  }
  if (spoken) {
    for (const re of [SPOKEN_BEFORE, SPOKEN_AFTER]) {
      for (const m of text.matchAll(re)) {
        const start = m.index;
        const end = start + m[0].length;
        if (overlaps(start, end)) continue;
        const [kindText, num] = re === SPOKEN_BEFORE ? [m[1]!, m[3]!] : [m[2]!, m[1]!];
        const kind = kindOf(kindText);
        if (!kind) continue;
        // "kế hoạch 2024", "báo cáo 2023": a year, not a number; "kế hoạch số 2024" is a number.
        if (re === SPOKEN_BEFORE && !m[2] && YEAR.test(num) && NEW_SPOKEN.has(kind)) continue;
        found.push({ kind, number: normNumber(num), start, end, text: m[0], written: false });
      }
    }
  }
  return found.sort((x, y) => x.start - y.start);
}

/** The one code a string is, when the whole string is a code ("08-QĐi/TW"); used for front matter. */
export function parseCode(code: string): FoundCode | undefined {
  // A full stop after the code ("102-QĐ/T.Ư.") ends a sentence, not the code.
  const text = code.trim().replace(/\.+$/, '');
  const found = findCodes(text);
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === text.length ? found[0] : undefined;
}

/** "08-QĐi/TW" and "08-QĐ/TƯ" → "qd-8-tw"; an issuer-less "08-Qđi" → "qd-8". */
export const codeKey = (c: Pick<DirectiveCode, 'kind' | 'number' | 'issuer'>): string => [c.kind, c.number, c.issuer].filter(Boolean).join('-');

/** A directive entry's id with the spellings of its code. */
export interface DirectiveSpellings {
  id: string;
  code: string;
  aliases: readonly string[];
  /** Province of a provincial body's document, when the entry says. */
  province?: string | undefined;
}

/** Looks up which directive a code in any spelling means. */
export class DirectiveIndex {
  private readonly byKey = new Map<string, Set<string>>();
  private readonly provinceOf = new Map<string, string>();

  constructor(directives: readonly DirectiveSpellings[]) {
    for (const d of directives) {
      if (d.province) this.provinceOf.set(d.id, d.province.normalize('NFC'));
      for (const spelling of [d.code, ...d.aliases]) {
        const c = parseCode(spelling);
        if (!c) continue;
        // Index with and without the issuer, so "08-Qđi" still finds 08-QĐi/TW.
        for (const key of new Set([codeKey(c), codeKey({ ...c, issuer: undefined })])) {
          this.byKey.set(key, (this.byKey.get(key) ?? new Set()).add(d.id));
        }
      }
    }
  }

  /**
   * The id of the one directive a code means, or undefined if none or ambiguous. Where two
   * provinces' bodies share a code (05-CT/TU), the story's `province` picks its own.
   */
  resolve(code: Pick<DirectiveCode, 'kind' | 'number' | 'issuer'>, province?: string): string | undefined {
    const ids = [...(this.byKey.get(codeKey(code)) ?? [])];
    if (ids.length === 1) return ids[0];
    const own = province ? ids.filter((id) => this.provinceOf.get(id) === province.normalize('NFC')) : [];
    return own.length === 1 ? own[0] : undefined;
  }

  /** Every directive a code may mean (two provinces' 05-CT/TU), sorted. */
  candidates(code: Pick<DirectiveCode, 'kind' | 'number' | 'issuer'>): string[] {
    return [...(this.byKey.get(codeKey(code)) ?? [])].sort();
  }
}
