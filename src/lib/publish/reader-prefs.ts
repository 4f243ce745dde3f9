/**
 * Reader preferences (text size, high contrast), as state sites offer them:
 * parsed defensively from storage and applied as attributes on <html>, which
 * the stylesheet reads. Shared by the browser script and its tests.
 */

/** Text size steps: -1 is smaller, 0 the default, up to 3 larger. */
export const TEXT_SIZE_MIN = -1;
export const TEXT_SIZE_MAX = 3;
export const STORAGE_KEYS = { size: 'guongsang:co-chu', contrast: 'guongsang:tuong-phan' } as const;

export interface ReaderPrefs {
  size: number;
  contrast: boolean;
}

export const DEFAULT_PREFS: ReaderPrefs = { size: 0, contrast: false };

const clampSize = (n: number) => Math.min(TEXT_SIZE_MAX, Math.max(TEXT_SIZE_MIN, Math.trunc(n)));

/** Reads stored values; anything unexpected falls back to the default. */
export function parsePrefs(size: string | null, contrast: string | null): ReaderPrefs {
  const n = size === null ? NaN : Number(size);
  return { size: Number.isFinite(n) ? clampSize(n) : 0, contrast: contrast === '1' };
}

export type ReaderAction = 'smaller' | 'reset' | 'larger' | 'contrast';

export function applyAction(prefs: ReaderPrefs, action: ReaderAction): ReaderPrefs {
  switch (action) {
    case 'smaller':
      return { ...prefs, size: clampSize(prefs.size - 1) };
    case 'larger':
      return { ...prefs, size: clampSize(prefs.size + 1) };
    case 'reset':
      return { ...prefs, size: 0 };
    case 'contrast':
      return { ...prefs, contrast: !prefs.contrast };
  }
}

/** Attributes for <html>: absent means default, so the page without script looks the same. */
export function htmlAttributes(prefs: ReaderPrefs): Record<'data-co-chu' | 'data-tuong-phan', string | null> {
  return {
    'data-co-chu': prefs.size === 0 ? null : String(prefs.size),
    'data-tuong-phan': prefs.contrast ? 'cao' : null,
  };
}

/**
 * The reader's stored text size and contrast, applied to <html> by an inline script
 * in <head>, before the first paint: loaded later, the page would be drawn at the
 * default size and then jump. It does what `htmlAttributes(parsePrefs(…))` does (a
 * test runs both on the same stored values). The Content-Security-Policy allows
 * this one inline script by its hash (INLINE_SCRIPT_HASHES in csp.ts, public/_headers,
 * deploy/nginx.conf): any change to the text needs the new hash there.
 */
export const EARLY_PREFS_SCRIPT =
  `try{var d=document.documentElement,v=localStorage.getItem(${JSON.stringify(STORAGE_KEYS.size)}),n=v===null?NaN:Number(v);` +
  `if(isFinite(n)){n=Math.min(${TEXT_SIZE_MAX},Math.max(${TEXT_SIZE_MIN},Math.trunc(n)));if(n!==0)d.setAttribute("data-co-chu",String(n))}` +
  `if(localStorage.getItem(${JSON.stringify(STORAGE_KEYS.contrast)})==="1")d.setAttribute("data-tuong-phan","cao")}catch(e){}`;
