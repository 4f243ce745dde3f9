/**
 * The credit line of a story retold from another outlet, as Vietnamese news sites
 * print it: "Theo Báo Nam Định, 10/05/2021; bài và ảnh: Trần Văn Trọng". The
 * original writer and photographer are named whenever the source names them. Pure.
 */
import { formatDate } from '../vi/dateline.ts';

export interface StorySource {
  outlet: string;
  date?: Date | undefined;
  author?: string | undefined;
  photographer?: string | undefined;
}

export function sourceLine(source: StorySource): string {
  const parts = [`Theo ${source.outlet}${source.date ? `, ${formatDate(source.date)}` : ''}`];
  const { author, photographer } = source;
  if (author && photographer && author === photographer) parts.push(`bài và ảnh: ${author}`);
  else {
    if (author) parts.push(`bài: ${author}`);
    if (photographer) parts.push(`ảnh: ${photographer}`);
  }
  return parts.join('; ');
}
