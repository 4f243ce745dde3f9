/**
 * The site's only script outside search: text size (A- A A+), high contrast,
 * copy link and print. Loaded as a deferred module; without it the page is whole,
 * and the buttons, which need it, stay hidden.
 */
import { applyAction, htmlAttributes, parsePrefs, STORAGE_KEYS, type ReaderAction, type ReaderPrefs } from '../lib/publish/reader-prefs.ts';

const root = document.documentElement;

function read(): ReaderPrefs {
  try {
    return parsePrefs(localStorage.getItem(STORAGE_KEYS.size), localStorage.getItem(STORAGE_KEYS.contrast));
  } catch {
    return parsePrefs(null, null); // storage blocked: defaults, nothing remembered
  }
}

function apply(prefs: ReaderPrefs): void {
  for (const [name, value] of Object.entries(htmlAttributes(prefs))) {
    if (value === null) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-reader="contrast"]')) {
    button.setAttribute('aria-pressed', String(prefs.contrast));
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-reader="reset"]')) {
    button.setAttribute('aria-pressed', String(prefs.size === 0));
  }
}

function save(prefs: ReaderPrefs): void {
  try {
    localStorage.setItem(STORAGE_KEYS.size, String(prefs.size));
    localStorage.setItem(STORAGE_KEYS.contrast, prefs.contrast ? '1' : '0');
  } catch {
    // Private browsing may refuse storage; the choice still holds on this page.
  }
}

let prefs = read();
apply(prefs);

// The buttons keep their place while hidden, so showing them moves nothing.
root.setAttribute('data-js', '');

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-reader],[data-copy-link],[data-print]') : null;
  if (!target) return;
  const action = target.dataset['reader'] as ReaderAction | undefined;
  if (action) {
    prefs = applyAction(prefs, action);
    apply(prefs);
    save(prefs);
  } else if (target.hasAttribute('data-print')) {
    window.print();
  } else if (target.dataset['copyLink'] !== undefined) {
    const url = target.dataset['copyLink'] || location.href;
    const status = target.closest('.share-row')?.querySelector<HTMLElement>('[data-copy-status]');
    const done = (message: string) => {
      if (status) status.textContent = message;
    };
    // No clipboard outside a secure context (plain http): show the address instead.
    if (navigator.clipboard) {
      void navigator.clipboard.writeText(url).then(
        () => done('Đã sao chép liên kết.'),
        () => done(`Không sao chép được; địa chỉ bài: ${url}`),
      );
    } else {
      done(`Địa chỉ bài: ${url}`);
    }
  }
});
