/**
 * One story as the headline index stores it: the words and pairs Pagefind
 * searches (headline-words.ts), and, as metadata, what a result card shows and
 * the fields' own text, from which results are ranked and marked with the
 * story's real spelling (accents included). Pure.
 */
import { headlineContent, leadText, type HeadlineField, type HeadlineFieldKind } from './headline-words.ts';

export interface HeadlineRecord {
  /** Site-absolute URL of the story page (without the base path). */
  url: string;
  fields: HeadlineField[];
  /** Lookup keys (directive codes: `vbqd8z` on its own page, `vcqd8z` on pages citing it). */
  keys: string[];
  /** Card metadata: title, sapo, date, type, image. */
  meta: [string, string][];
}

/** Metadata key holding the fields of one kind besides the title (and the lead, which is the `sapo`), joined by FIELD_JOIN. */
export const FIELD_META: Record<Exclude<HeadlineFieldKind, 'lead'>, string> = { title: 'hx', name: 'hn', fact: 'hf', tag: 'ht' };
const KINDS = Object.keys(FIELD_META) as (keyof typeof FIELD_META)[];
export const FIELD_JOIN = ' · ';
/** Metadata key holding sentences of the body that name the story's facts (sentences.ts), joined by FIELD_JOIN. */
export const SENTENCES_META = 'hs';
/** Metadata key holding the story's page id in the full-text index. */
export const FULL_ID_META = 'fid';

/** What `index.addCustomRecord()` takes for one story. */
export interface PagefindCustomRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
}

/**
 * The custom record of a story. `fullIds` maps a page URL to its id in the full-text index,
 * kept as metadata `fid` so that results of both tiers are told to be the same story.
 */
export function pagefindRecord(record: HeadlineRecord, base = '/', fullIds?: ReadonlyMap<string, string>): PagefindCustomRecord {
  const meta: Record<string, string> = Object.fromEntries(record.meta);
  const url = `${base.replace(/\/$/, '')}${record.url}`;
  const fid = fullIds?.get(url);
  if (fid) meta[FULL_ID_META] = fid;
  const title = meta['title'] ?? '';
  for (const kind of KINDS) {
    // The story's title is the `title` field already.
    const texts = record.fields.filter((f) => f.kind === kind && f.text !== title).map((f) => f.text);
    if (texts.length) meta[FIELD_META[kind]] = texts.join(FIELD_JOIN);
  }
  // The lead (the sapo, stored for cards anyway) is searched too: a topic named in it
  // ("cán bộ chủ chốt", "tiếp dân") is answered by the headline tier.
  const lead: HeadlineField[] = meta['sapo'] ? [{ kind: 'lead', text: leadText(meta['sapo']) }] : [];
  return { url, content: headlineContent([...record.fields, ...lead], record.keys), language: 'vi', meta };
}

/** The fields of a stored record back from its metadata, title first. */
export function fieldsOf(meta: Readonly<Record<string, string>>): HeadlineField[] {
  const fields: HeadlineField[] = [{ kind: 'title', text: meta['title'] ?? '' }];
  for (const kind of KINDS) {
    const joined = meta[FIELD_META[kind]];
    if (joined) for (const text of joined.split(FIELD_JOIN)) fields.push({ kind, text });
  }
  if (meta['sapo']) fields.push({ kind: 'lead', text: leadText(meta['sapo']) });
  return fields;
}
