/**
 * The first search tier: the headline index (titles, names, codes, facts; see
 * headline-words.ts). Every term of the plan (headline-plan.ts) is asked of
 * Pagefind on its own — pairs are rare, so each answer is small — and the pages
 * holding every term are ranked. Pairs are asked of the headline fields, and
 * of the leads too only when no page holds them in its fields: a lead's pairs
 * are common (headline-words.ts), and asking them costs a name its first
 * screen's byte budget. A page whose lead alone holds the words is then listed
 * by the full text, after the headline pages ("Các bài có nhắc đến …"), which
 * is also what "in titles and facts" promises. Pages are ranked: a page of a directive whose code was typed
 * first, then by where the words stand (title and names above facts and tags,
 * together above apart), the accents the reader typed, Pagefind's relevance,
 * and the newest. The first pages are ranked on their own text, which their
 * cards need anyway.
 */
import { remember } from '../remember.ts';
import { buildExcerpt, splitWords, titleEnd, type Segment } from './excerpt.ts';
import { FIELD_JOIN, FULL_ID_META, SENTENCES_META, fieldsOf } from './headline-record.ts';
import { FIELD_WEIGHTS, matchFields, pairedMarks, pairTerms, withLeadPairs, withoutPairs, type HeadlineTerm } from './headline-plan.ts';
import { foldWord, isPairWord, PAIR_END } from './headline-words.ts';
import { isCodeKey } from './directive-code.ts';
import type { PagefindApi, PagefindFragment, PagefindResponse, PagefindResult } from './pagefind-types.ts';
import { packable, type PackPage, type PackReader } from './headline-packs.ts';
import type { ParsedQuery } from './query.ts';

/** Weights of the headline tier's ranking, in one place; each term is documented where it is computed. */
export const HEADLINE_RANKING = {
  /** The page of a directive whose code is in the query. */
  pinned: 1000,
  /** … of the issuer the code most likely means ("ct 05 tu" typed without diacritics: Trung ương). */
  preferredIssuer: 50,
  /** Every word in one field, in the query's order: times the field's weight (FIELD_WEIGHTS). */
  phrase: 2,
  /** Each word the reader typed with accents that the page spells the same way. */
  accent: 1.5,
  /** The last word is a whole word of the page, not only the start of one. */
  lastWhole: 0.5,
  /** Pagefind's own relevance, capped: it orders pages the terms above tie. */
  relevanceCap: 1.9,
} as const;

/** Pages ranked on their own text (the first screen's, whose data the cards need anyway); the rest keep the order of their estimate. */
export const REFINED = 10;

export interface HeadlinePage {
  id: string;
  score: number;
  pinned: boolean;
  /** Ranked on the page's own text, not on an estimate. */
  refined: boolean;
  result: PagefindResult;
}

export interface HeadlineOutcome {
  query: ParsedQuery;
  /** Every word and code of the query has a page here: the pages hold them all. */
  complete: boolean;
  pages: HeadlinePage[];
  /** Terms asked, after pairs the index lacks were let go (for the CLI and tests). */
  terms: HeadlineTerm[];
  /**
   * When not complete: the query's slots (by index) that no term found here stands for, the
   * words that may be in no page at all ("xyzzy" of "xyzzy không có").
   */
  uncovered: number[];
}

export interface HeadlineCard {
  url: string;
  title: string;
  type: string;
  date: string;
  excerpt: Segment[];
  /** Page id in the full-text index, so that one story is never listed twice. */
  fullId: string | undefined;
}

interface Hit {
  result: PagefindResult;
  /** Held through a code's own-page key: 2 the preferred issuer's directive, 1 another's, 0 none. */
  self: number;
}

const EMPTY: PagefindResponse = { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };

export class HeadlineEngine {
  private readonly responses = new Map<string, Promise<PagefindResponse>>();
  /** Fragments read from Pagefind, by page id. */
  private readonly fragments = new Map<string, Promise<PagefindFragment>>();
  /** Pages' data read from packs (headline-packs.ts), by page id: what ranking and cards read, never `holds`. */
  private readonly packed = new Map<string, PagefindFragment>();
  /** Packs read, by word; undefined where a word has none. */
  private readonly packs = new Map<string, Promise<PackPage[] | undefined>>();
  private readonly pagefind: PagefindApi;
  private readonly readPack: PackReader | undefined;

  /** `readPack` undefined: every page's data is read from its fragment. */
  constructor(pagefind: PagefindApi, readPack?: PackReader) {
    this.pagefind = pagefind;
    this.readPack = readPack;
  }

  /** A page's data for ranking and cards: from a pack read for this or an earlier query, else its fragment. */
  fragment(result: PagefindResult): Promise<PagefindFragment> {
    const packed = this.packed.get(result.id);
    return packed ? Promise.resolve(packed) : this.ownFragment(result);
  }

  /** A page's own fragment, with the indexed text a pack leaves out. */
  private ownFragment(result: PagefindResult): Promise<PagefindFragment> {
    return remember(this.fragments, result.id, () => result.data());
  }

  /**
   * Reads the packs that hold the data of the pages an answer can list first (all of them are
   * among the pages of any one of its terms): those of its smallest term whose words have packs.
   * Their pages' data is then taken from them instead of from one fragment each; a page no
   * pack holds is still read from its fragment.
   */
  private async fromPacks(terms: readonly HeadlineTerm[], found: readonly Map<string, Hit>[]): Promise<void> {
    const read = this.readPack;
    if (!read) return;
    let best: { words: string[]; size: number } | undefined;
    for (const [i, term] of terms.entries()) {
      const size = found[i]!.size;
      if (best && best.size <= size) continue;
      const words = await this.packWords(term);
      if (words) best = { words, size };
    }
    await Promise.all(
      (best?.words ?? []).map(async (w) => {
        // A pack that could not be read (a network error) is asked again by a later query.
        const pages = await remember(this.packs, w, () => read(w)).catch(() => undefined);
        for (const page of pages ?? []) if (!this.packed.has(page.id)) this.packed.set(page.id, packFragment(page));
      }),
    );
  }

  /**
   * The packed words holding a term's pages, or undefined when some alternative has no pack.
   * Every closed pair and code key the index holds has one. A pair still being typed
   * ("zzductoan", open) is read from its closed pair's pack when the index holds that pair
   * ("zzductoanz"): asked here, from the chunk the open pair loaded, so a pack is only ever
   * asked for where it exists.
   */
  private async packWords(term: HeadlineTerm): Promise<string[] | undefined> {
    const words: string[] = [];
    for (const w of term.alternatives) {
      if (!(await this.ask(w)).results.length) continue;
      const closed = packable(w) ? w : isPairWord(w) && packable(`${w}${PAIR_END}`) ? `${w}${PAIR_END}` : undefined;
      if (!closed || !(await this.ask(closed)).results.length) return undefined;
      words.push(closed);
    }
    return words.length ? words : undefined;
  }

  private ask(word: string): Promise<PagefindResponse> {
    return remember(this.responses, word, () => this.pagefind.search(word).then((r) => r ?? EMPTY));
  }

  /**
   * Whether an answer is really for `word`. A word nothing in the index starts with is
   * answered with a shorter word that is in it ("xyzabc" finds "x"): pairs and keys are
   * closed with "z" and cannot be, but a lone word can. Checked on the first page's words.
   */
  private async holds(word: string, response: PagefindResponse): Promise<boolean> {
    const first = response.results[0];
    if (!first) return false;
    if (isPairWord(word) || isCodeKey(word)) return true;
    // Its own fragment: the indexed words are in its text, which a pack leaves out.
    const data = await this.ownFragment(first);
    const words = [...data.content.split(/\s+/), ...Object.values(data.meta).flatMap((v) => v.split(/\s+/))];
    return words.some((w) => foldWord(w).startsWith(word));
  }

  /** Per term, the pages holding it (any alternative), with their best answer; undefined when none. */
  private async pagesOf(term: HeadlineTerm): Promise<Map<string, Hit> | undefined> {
    const answers = await Promise.all(
      term.alternatives.map(async (w) => {
        const r = await this.ask(w);
        return (await this.holds(w, r)) ? r : EMPTY;
      }),
    );
    const pages = new Map<string, Hit>();
    answers.forEach((r, k) => {
      // 2 for the preferred issuer's own page, 1 for another issuer's ("ct 05 tu": Trung ương first).
      const at = term.selves?.indexOf(term.alternatives[k]!) ?? -1;
      const self = at < 0 ? 0 : at === 0 ? 2 : 1;
      for (const x of r.results) {
        const hit = pages.get(x.id);
        if (!hit) pages.set(x.id, { result: x, self });
        else {
          if (hit.result.score < x.score) hit.result = x;
          hit.self = Math.max(hit.self, self);
        }
      }
    });
    return pages.size ? pages : undefined;
  }

  async search(query: ParsedQuery): Promise<HeadlineOutcome> {
    const planned = pairTerms(query);
    if (!planned.length) return { query, complete: false, pages: [], terms: [], uncovered: query.slots.map((_, i) => i) };
    const fields = await this.answer(query, planned);
    if ((fields.complete && fields.pages.length > 0) || !planned.some((t) => t.kind === 'pair')) return fields;
    return this.answer(query, withLeadPairs(planned));
  }

  private async answer(query: ParsedQuery, asked: HeadlineTerm[]): Promise<HeadlineOutcome> {
    // The terms still asked (pairs the index lacks are let go below), and each one's pages.
    let terms = asked;
    let found = await Promise.all(terms.map((t) => this.pagesOf(t)));
    const incomplete = (): HeadlineOutcome => {
      const covered = new Set(terms.flatMap((t, i) => (found[i] ? t.slots : [])));
      return { query, complete: false, pages: [], terms, uncovered: query.slots.map((_, i) => i).filter((i) => !covered.has(i)) };
    };
    // Pairs the index lacks: words in different fields, or never together in a headline.
    const absent = new Set(terms.filter((t, i) => t.kind === 'pair' && !found[i]));
    if (absent.size) {
      const kept = withoutPairs(terms, absent);
      if (!kept) return incomplete();
      found = found.filter((_, i) => !absent.has(terms[i]!));
      terms = kept;
    }
    if (found.some((f) => !f)) return incomplete();
    const maps = found as Map<string, Hit>[];
    // Pages holding every term, from the smallest answer.
    const order = maps.map((_, i) => i).sort((a, b) => maps[a]!.size - maps[b]!.size);
    const pages: HeadlinePage[] = [];
    for (const [id, { result }] of maps[order[0]!]!) {
      if (!order.every((i) => maps[i]!.has(id))) continue;
      const hits = maps.map((m) => m.get(id)!);
      const relevance = hits.reduce((sum, h) => sum + Math.log1p(h.result.score), 0);
      const self = Math.max(...hits.map((h) => h.self));
      const pinned = self > 0;
      const pin = pinned ? HEADLINE_RANKING.pinned + (self === 2 ? HEADLINE_RANKING.preferredIssuer : 0) : 0;
      pages.push({ id, result, pinned, refined: false, score: pin + Math.min(HEADLINE_RANKING.relevanceCap, relevance / 4) });
    }
    pages.sort(byScore);
    if (pages.length) await this.fromPacks(terms, maps);
    await this.refine(query, pages.slice(0, REFINED));
    pages.sort(byScore);
    return { query, complete: true, pages, terms, uncovered: [] };
  }

  /** Exact terms for the first pages, from their fields' own text. */
  private async refine(query: ParsedQuery, pages: readonly HeadlinePage[]): Promise<void> {
    const slots = query.slots.length;
    await Promise.all(
      pages.map(async (page) => {
        const data = await this.fragment(page.result);
        const m = matchFields(query, fieldsOf(data.meta));
        page.refined = true;
        page.score +=
          m.weight / Math.max(1, slots) +
          (m.phraseIn ? (HEADLINE_RANKING.phrase * FIELD_WEIGHTS[m.phraseIn]) / FIELD_WEIGHTS.title : 0) +
          HEADLINE_RANKING.accent * m.accentsKept -
          HEADLINE_RANKING.accent * (m.accented - m.accentsKept) +
          (m.lastWhole ? HEADLINE_RANKING.lastWhole : 0);
      }),
    );
  }

  /** The full-text ids of every page of an outcome, from their records alone (no excerpts). */
  async fullIds(outcome: HeadlineOutcome): Promise<string[]> {
    const data = await Promise.all(outcome.pages.map((p) => this.fragment(p.result)));
    return data.flatMap((d) => d.meta[FULL_ID_META] ?? []);
  }

  /**
   * Cards of pages `from` … `from + count`. The excerpt is the sapo with the reader's words
   * marked; where the sapo does not hold them (a speaker or a unit named among the facts),
   * the body sentence kept with the record that does (sentences.ts); where none does, the
   * sapo as it is. The story's full-text fragment is never read: it would cost the first
   * screen a third round trip to the server, and a hit among the facts would show the fact
   * box's values run together, which is not story text.
   */
  async cards(outcome: HeadlineOutcome, from: number, count: number): Promise<HeadlineCard[]> {
    const codes = outcome.query.slots.flatMap((s) => (s.code ? [s.code] : []));
    return Promise.all(
      outcome.pages.slice(from, from + count).map(async (page) => {
        const data = await this.fragment(page.result);
        const title = data.meta['title'] ?? '';
        const fullId = data.meta[FULL_ID_META];
        const sapo = data.meta['sapo'] ?? title;
        const marked = (text: string, title?: string) => {
          const words = splitWords(text.trim());
          const inText = pairedMarks(words, outcome.query);
          return buildExcerpt(text, [[...inText]], { marked: inText, codes, skipBefore: title ? titleEnd(words, title) : 0 });
        };
        let excerpt = marked(sapo);
        // The sentences of the body naming the story's facts, kept with the record; then its full text.
        for (const sentence of (data.meta[SENTENCES_META] ?? '').split(FIELD_JOIN).filter(Boolean)) {
          if (excerpt.some((s) => s.mark)) break;
          const e = marked(sentence);
          if (e.some((s) => s.mark)) excerpt = e;
        }
        return { url: data.url, title, type: data.meta['type'] ?? '', date: data.meta['date'] ?? '', excerpt, fullId };
      }),
    );
  }
}

/** A pack's page as its fragment would give it (the fields cards and ranking read; `content` only from a real fragment). */
const packFragment = (page: PackPage): PagefindFragment => ({
  // As Pagefind's `data()` gives it with the base URL "/" the site opens its indexes with.
  url: page.url.replace(/\/{2,}/g, '/'),
  content: '',
  word_count: 0,
  filters: {},
  meta: page.meta,
  excerpt: '',
});

const byScore = (a: HeadlinePage, b: HeadlinePage): number => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
