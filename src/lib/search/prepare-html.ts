/**
 * HTML as the search index should see it. Pure string work, run on every page
 * before Pagefind reads it.
 */

/** Elements Pagefind joins to their neighbour without a space ("Số hiệu08-QĐi/TW"). */
const RUN_TOGETHER = /<\/(dt|dd|li|td|th|figcaption|caption)>/gi;

/**
 * NFC everywhere (NFD pages lose Pagefind's exact-diacritic bonus and split
 * filter values), and a space after list and table cells so their words
 * stay apart.
 */
export function prepareHtml(html: string): string {
  return indexedPart(html)
    .normalize('NFC')
    .replace(RUN_TOGETHER, (tag) => `${tag} `);
}

/**
 * The part of a page Pagefind reads: the element marked `data-pagefind-body`, which holds
 * the story and all its data-pagefind-meta, -filter and -sort attributes (SearchFields.astro),
 * in a bare document. Pagefind ignores the rest of such a page (header, menu, footer, the
 * lists of other stories: two thirds of its bytes), so it indexes the same words either way,
 * but parsing and sending the whole page cost most of the index step. A page without such an
 * element, or whose element does not close, is given whole.
 */
export function indexedPart(html: string): string {
  const marker = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-body(?=[\s=>/])[^>]*>/i.exec(html);
  if (!marker) return html;
  const tag = marker[1]!.toLowerCase();
  // The matching end tag: elements of the same name nest, so they are counted.
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  tags.lastIndex = marker.index + marker[0].length;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      const lang = /<html\b[^>]*\blang="([^"]*)"/i.exec(html)?.[1] ?? 'vi';
      return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${html.slice(marker.index, m.index + m[0].length)}</body></html>`;
    }
  }
  return html;
}

/**
 * Parts of a story page that are not the story: the dateline ("Cập nhật lúc …"),
 * lists of links to other stories, whose titles would make a page match words it
 * is not about, the TAG row (its tags are searched as metadata instead), and the
 * page's furniture that excerpts must never show: fact-box labels ("Số hiệu"),
 * picture captions and credits, the byline and the source note. The facts'
 * values stay, and the headline index holds the facts too.
 */
export const EXCLUDE_SELECTORS = ['.dateline', '.entry-links', '.related', '.breadcrumb', '.tag-row', '.facts dt', 'figcaption', '.byline', '.source-note'];

/** Site-absolute URL of a built HTML file: "van-ban/x/index.html" → "/van-ban/x/". */
export function urlOfHtmlFile(relativePath: string, base = '/'): string {
  const path = relativePath
    .split('\\')
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1')
    .replace(/\.html$/, '/');
  return `${base.replace(/\/?$/, '/')}${path}`.replace(/\/{2,}/g, '/');
}
