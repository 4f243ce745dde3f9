/**
 * One page's fragment of a Pagefind bundle (its indexed text and metadata), as
 * stored on disk: gzip holding "pagefind_dcd" and then the page's JSON. The index
 * step reads fragments to learn page ids and to index a built site again.
 */
export interface StoredFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** A fragment's text once ungzipped: Pagefind's "pagefind_dcd" signature, then the page's JSON. */
export const parseFragment = (text: string): StoredFragment => JSON.parse(text.slice(text.indexOf('{'))) as StoredFragment;
