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
  return html.normalize('NFC').replace(RUN_TOGETHER, (tag) => `${tag} `);
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
