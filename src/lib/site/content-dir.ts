/** Where content is read from: `./content`, or `CONTENT_DIR` for tests and benchmarks. */
import { resolve } from 'node:path';

export const contentDir = (): string => resolve(process.env.CONTENT_DIR ?? './content');

/** Collection name → folder under the content directory, in the URL words readers see. */
export const COLLECTION_DIRS = {
  directives: 'van-ban',
  conferences: 'hoi-nghi',
  honourees: 'guong-sang',
  articles: 'bai-viet',
} as const;
export type CollectionName = keyof typeof COLLECTION_DIRS;
