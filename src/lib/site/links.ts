/** Link lists between entries: what a page cites and what cites it. */
import type { Story } from '../content/relations.ts';
import { formatDate } from '../vi/dateline.ts';
import { TYPE_LABELS } from './labels.ts';
import { storyPath } from './urls.ts';
import type { SiteData } from './site-data.ts';

export interface Link {
  url: string;
  label: string;
  note?: string | undefined;
}

export const directiveLinks = (site: SiteData, ids: readonly string[]): Link[] =>
  ids.flatMap((id) => {
    const d = site.directiveById.get(id);
    return d ? [{ url: storyPath('directive', id), label: `${d.data.kind} ${d.data.code}`, note: d.data.title }] : [];
  });

export const honoureeLinks = (site: SiteData, ids: readonly string[]): Link[] =>
  ids.flatMap((id) => {
    const h = site.honoureeById.get(id);
    return h ? [{ url: storyPath('honouree', id, h.data.kind), label: h.data.name, note: h.data.kind === 'individual' ? h.data.role : h.data.unit }] : [];
  });

export const storyLinks = (stories: readonly Story[]): Link[] => stories.map((s) => ({ url: s.url, label: s.title, note: `${TYPE_LABELS[s.type]}, ${formatDate(s.date)}` }));
