/**
 * The only script on the search page at first: it fills the form from the URL
 * and loads the search itself (query layer and Pagefind) when the reader starts
 * to use it, or at once when the URL already holds a query.
 */
import { readState, FILTER_PARAMS, SORT_PARAM } from '../lib/search/url-state.ts';

export function boot(): void {
  const root = document.querySelector<HTMLElement>('.search-page');
  const form = root?.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!root || !form || !input) return;

  const state = readState(new URLSearchParams(location.search));
  input.value = state.q;
  for (const [key, param] of Object.entries(FILTER_PARAMS)) {
    const value = state.filters[key as keyof typeof state.filters] ?? '';
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${param}"]`)) {
      if (el instanceof HTMLInputElement) el.checked = el.value === value;
      else el.value = value;
    }
  }
  for (const el of form.querySelectorAll<HTMLInputElement>(`[name="${SORT_PARAM}"]`)) el.checked = el.value === (state.sort === 'date' ? 'moi-nhat' : 'lien-quan');
  if (Object.entries(state.filters).some(([k, v]) => v && k !== 'type')) form.querySelector('details')?.setAttribute('open', '');

  let started: Promise<void> | undefined;
  const start = () => (started ??= import('./search-app.ts').then((m) => m.start(root, form, input)));
  if (state.q.trim()) void start();
  input.addEventListener('focus', () => void start(), { once: true });
  input.addEventListener('input', () => void start(), { once: true });
  form.addEventListener('change', () => void start(), { once: true });
  form.addEventListener(
    'submit',
    (event) => {
      event.preventDefault();
      void start();
    },
    { once: true },
  );
}
