/**
 * The search page at work: results as you type, filters, sort, the URL kept
 * in step, keyboard moves between the box and the results. Loaded on demand by
 * search-boot.ts; the search itself runs in a worker (search-client.ts), with
 * Pagefind's own script from /pagefind/.
 */
import type { SearchAnswer, SearchCard, SearchSummary } from '../lib/search/service.ts';
import { SearchFailure, searchClient } from './search-client.ts';
import { pagefindFilters, readState, writeState, type SearchState } from '../lib/search/url-state.ts';
import { TYPE_LABELS } from '../lib/site/labels.ts';
import { formatNumber } from '../lib/vi/numbers.ts';
import { limitNote } from '../lib/search/limits.ts';

const PAGE = 10;
const TYPE_KEYS = new Map(Object.entries(TYPE_LABELS).map(([k, v]) => [v, k]));

const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function render(hit: SearchCard): HTMLLIElement {
  const li = document.createElement('li');
  const article = document.createElement('article');
  article.className = 'search-hit';
  const meta = document.createElement('p');
  meta.className = 'card-meta';
  const badge = document.createElement('span');
  badge.className = `badge badge-${TYPE_KEYS.get(hit.type) ?? 'article'}`;
  badge.textContent = hit.type;
  meta.append(badge, ' ');
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(hit.date);
  if (m) {
    const time = document.createElement('time');
    time.dateTime = hit.date;
    time.textContent = `${m[3]}/${m[2]}/${m[1]}`;
    meta.append(time);
  }
  const h = document.createElement('h2');
  h.className = 'card-title';
  const a = document.createElement('a');
  a.href = hit.url;
  a.textContent = hit.title;
  h.append(a);
  const p = document.createElement('p');
  p.className = 'search-excerpt';
  for (const s of hit.excerpt) {
    if (s.mark) {
      const mark = document.createElement('mark');
      mark.textContent = s.text;
      p.append(mark);
    } else p.append(s.text);
  }
  article.append(meta, h, p);
  li.append(article);
  return li;
}

// The page's one closure: the handlers share its state (the latest search, the list shown, the typing flag).
export async function start(root: HTMLElement, form: HTMLFormElement, input: HTMLInputElement): Promise<void> {
  const base = (root.dataset['base'] ?? '/').replace(/\/?$/, '/');
  const status = el<HTMLParagraphElement>('search-status');
  const note = el<HTMLParagraphElement>('search-note');
  const list = el<HTMLOListElement>('search-results');
  const more = el<HTMLButtonElement>('search-more');
  const empty = el<HTMLDivElement>('search-empty');

  const client = searchClient(base);

  let outcome: SearchSummary | undefined;
  /** The search whose results are on screen (its id for "more"). */
  let shownSearch = 0;
  let shown = 0;
  let seq = 0;

  const state = (): SearchState => readState(new URLSearchParams([...new FormData(form)].filter((e): e is [string, string] => typeof e[1] === 'string')));

  /** The heading before the first full-text result, when headline results came first. */
  function tierHeading(query: string): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'search-tier';
    const h = document.createElement('h2');
    h.textContent = `Các bài có nhắc đến “${query}”`;
    li.append(h);
    return li;
  }

  /** Appends cards, with the full-text heading where the headline results end. */
  function appendCards(hits: SearchCard[], query: string): void {
    for (const hit of hits) {
      if (hit.tier === 'full' && outcome?.tier === 'headline' && !list.querySelector('.search-tier')) list.append(tierHeading(query));
      list.append(render(hit));
    }
  }

  /** The summary line, the notes and the "more" button for what the list holds now. */
  function describe(result: SearchSummary, query: string): void {
    const quoted = `“${query}”`;
    const meant = result.understood.toLowerCase() !== result.text.replace(/^"|"$/g, '').toLowerCase() ? ` (hiểu là “${result.understood}”)` : '';
    const others = result.total - result.headline;
    status.textContent =
      result.tier === 'headline'
        ? result.more
          ? `Tìm thấy ${formatNumber(result.headline)} kết quả cho ${quoted}${meant} trong tiêu đề và thông tin chính.`
          : `Tìm thấy ${formatNumber(result.total)} kết quả cho ${quoted}${meant}: ${formatNumber(result.headline)} trong tiêu đề và thông tin chính${others ? `, ${formatNumber(others)} bài khác có nhắc đến` : ''}.`
        : result.total
          ? `Tìm thấy ${formatNumber(result.total)} kết quả cho ${quoted}${meant}.`
          : // One message when nothing is found: which words no page has, if any, is part of it.
            `Không tìm thấy kết quả nào cho ${quoted}${meant}${result.missing.length ? `: không trang nào có ${result.missing.map((w) => `“${w}”`).join(', ')}` : ''}.`;
    const notes = [
      result.cut ? limitNote(result.cut) : '',
      result.total && result.missing.length ? `Không trang nào có ${result.missing.map((w) => `“${w}”`).join(', ')}; kết quả dưới đây không tính từ này.` : '',
      result.total && result.partial ? 'Không trang nào có đủ các từ đã gõ; dưới đây là các trang có nhiều từ nhất.' : '',
    ].filter(Boolean);
    note.hidden = notes.length === 0;
    note.textContent = notes.join(' ');
    empty.hidden = result.total > 0;
    // Past the headline results, "more" asks the full text.
    more.textContent = shown >= result.total && result.more ? `Xem các bài có nhắc đến ${quoted}` : 'Xem thêm kết quả';
    more.hidden = shown >= result.total && !result.more;
  }

  async function showMore(): Promise<void> {
    // While a search runs, the list is about to be replaced: "more" of it would be lost.
    if (!outcome || running) return;
    const mine = seq;
    let answer: SearchAnswer;
    more.disabled = true;
    try {
      answer = await client.more(shownSearch, shown, PAGE);
    } catch {
      if (mine === seq) status.textContent = 'Có lỗi khi tải thêm kết quả. Hãy tìm lại.';
      return;
    } finally {
      more.disabled = false;
    }
    if (mine !== seq) return;
    const query = list.dataset['query'] ?? '';
    appendCards(answer.cards, query);
    shown += answer.cards.length;
    outcome = answer.summary;
    describe(answer.summary, query);
  }

  /** While typing, a last word of one letter matches half the site: wait for the next key. */
  let typing = false;
  const searchable = (q: string) => (typing ? q.replace(/(^|\s)\p{L}$/u, '').trim() : q.trim());

  async function run(): Promise<void> {
    const mine = ++seq;
    const s = state();
    const url = `${location.pathname}${writeState(s).size ? `?${writeState(s)}` : ''}`;
    history.replaceState(null, '', url);
    if (!s.q.trim()) {
      outcome = undefined;
      list.replaceChildren();
      status.textContent = 'Nhập từ khóa để tìm bài viết, hội nghị, văn bản và gương sáng.';
      note.hidden = true;
      more.hidden = true;
      empty.hidden = true;
      list.dataset['state'] = 'idle';
      return;
    }
    // The search box in the header says what this page searches for too.
    for (const box of document.querySelectorAll<HTMLInputElement>('#header-q, #header-q-phone')) if (document.activeElement !== box) box.value = s.q;
    const q = searchable(s.q);
    if (!q) return;
    list.dataset['state'] = 'busy';
    performance.mark(`gs-search-${mine}`);
    const { summary: result, cards: hits, search } = await client.search({ q, filters: pagefindFilters(s), sort: s.sort, count: PAGE });
    if (mine !== seq) return;
    outcome = result;
    shownSearch = search;
    // A query too long for the search is quoted as far as it was searched (the note says the rest).
    const query = result.cut ? result.text : s.q.trim();
    list.replaceChildren();
    appendCards(hits, query);
    shown = hits.length;
    describe(result, query);
    list.dataset['query'] = query;
    list.dataset['tier'] = result.tier;
    list.dataset['state'] = 'done';
    performance.measure('gs-search', `gs-search-${mine}`);
  }

  // One search at a time: keys typed during a search are searched together when it ends.
  let running = false;
  let again = false;
  async function go(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await run().catch((error: unknown) => {
          status.textContent =
            error instanceof SearchFailure && error.failure === 'index'
              ? // `astro dev` has no index: it is written by `npm run build`.
                'Chưa tải được chỉ mục tìm kiếm. Hãy thử lại sau ít phút.'
              : 'Có lỗi khi tìm kiếm. Hãy thử lại.';
          list.dataset['state'] = 'error';
        });
      } while (again);
    } finally {
      running = false;
    }
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void go(), delay);
  };
  input.addEventListener('input', () => {
    typing = true;
    schedule(60);
  });
  form.addEventListener('change', (e) => {
    if (e.target === input) return;
    typing = false;
    schedule(0);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    typing = false;
    schedule(0);
  });
  more.addEventListener('click', () => void showMore());

  // Keyboard: ↓ from the box to the results, ↑/↓ between results, Esc back to the box.
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('.card-title a')];
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && links()[0]) {
      e.preventDefault();
      links()[0]!.focus();
    }
  });
  list.addEventListener('keydown', (e) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown' && all[i + 1]) {
      e.preventDefault();
      all[i + 1]!.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      (all[i - 1] ?? input).focus();
    } else if (e.key === 'Escape') input.focus();
  });

  await go();
}
