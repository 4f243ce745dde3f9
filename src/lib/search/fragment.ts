/**
 * Reads one page's fragment of a Pagefind bundle (its indexed text and
 * metadata) without starting a Pagefind instance: the headline tier uses it to
 * show the sentence of the full text that names what the reader typed, without
 * loading the full-text index. A fragment is gzip holding "pagefind_dcd" and
 * then the page's JSON. Runs wherever fetch and DecompressionStream do (browsers,
 * workers, Node with the file: shim of node-pagefind.ts).
 */
export interface StoredFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

export async function loadFragment(url: string): Promise<StoredFragment> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`fragment ${url}: ${response.status}`);
  return parseFragment(await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text());
}

/** A fragment's text once ungzipped: Pagefind's "pagefind_dcd" signature, then the page's JSON. */
export const parseFragment = (text: string): StoredFragment => JSON.parse(text.slice(text.indexOf('{'))) as StoredFragment;

/**
 * Where the full-text bundle at `bundleUrl` (ending in /) keeps the fragment of a page,
 * given as a headline record names it: its id, or `delta/<id>` for a page of the delta.
 */
export const fragmentUrl = (bundleUrl: string, fullId: string): string => {
  const cut = fullId.lastIndexOf('/');
  return `${bundleUrl}${fullId.slice(0, cut + 1)}fragment/${fullId.slice(cut + 1)}.pf_fragment`;
};
