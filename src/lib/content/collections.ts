/**
 * The site's collections, in one place: what each is called in code, where its
 * files live, the URL words and Vietnamese labels readers see, and the lines
 * that introduce its list and its feed. The checker, URLs, listings, feeds, the
 * menu, the search filters and scaffolding all read it; adding a collection
 * means an entry here, its schema (src/content.config.ts) and its page.
 *
 * A collection's folder under content/ is also the first word of its URLs
 * ("van-ban": content/van-ban/x.md → /van-ban/x/), so an editor who knows one
 * knows the other. Pure data, no imports beyond types.
 */
import type { StoryType } from './relations.ts';
import type { HonoureeKind } from './vocab.ts';

export interface CollectionSpec {
  /** The story type of its entries (relations.ts). */
  type: StoryType;
  /** Folder under content/, and the first segment of its URLs. */
  folder: string;
  /** Its name as readers see it: menu, breadcrumb, list heading, card, search filter. */
  label: string;
  /** The line under its list's heading. */
  intro: string;
  /** What its RSS feed carries. */
  feedDescription: string;
  /** Kinds kept in subfolders of their own (honourees: individuals and collectives), with their labels. */
  kinds?: Readonly<Record<string, { folder: string; label: string }>>;
  /** Listed by a directory page of its own (src/pages/guong-sang/), not by the paginated list of listings.ts. */
  directory?: boolean;
}

/** In the order of the site's menu. */
export const COLLECTIONS = {
  conferences: {
    type: 'conference',
    folder: 'hoi-nghi',
    label: 'Hội nghị',
    intro: 'Hội nghị, tọa đàm, giao ban, sơ kết, tổng kết và lễ tuyên dương.',
    feedDescription: 'Hội nghị, tọa đàm, giao ban, sơ kết, tổng kết về nêu gương.',
  },
  honourees: {
    type: 'honouree',
    folder: 'guong-sang',
    label: 'Gương sáng',
    intro: 'Các cá nhân, tập thể điển hình tiên tiến.',
    feedDescription: 'Các cá nhân, tập thể điển hình tiên tiến.',
    kinds: { individual: { folder: 'ca-nhan', label: 'Cá nhân' }, collective: { folder: 'tap-the', label: 'Tập thể' } },
    directory: true,
  },
  directives: {
    type: 'directive',
    folder: 'van-ban',
    label: 'Văn bản',
    intro: 'Quy định, chỉ thị, nghị quyết và nghị định về nêu gương, giải thích cho bạn đọc.',
    feedDescription: 'Văn bản của Đảng và Nhà nước về nêu gương, giải thích cho bạn đọc.',
  },
  articles: {
    type: 'article',
    folder: 'bai-viet',
    label: 'Bài viết',
    intro: 'Tin, bài, phỏng vấn và bình luận.',
    feedDescription: 'Tin, bài, phỏng vấn và bình luận.',
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Collection name → folder under the content directory. */
export const COLLECTION_DIRS = Object.fromEntries(COLLECTION_NAMES.map((n) => [n, COLLECTIONS[n].folder])) as { [N in CollectionName]: (typeof COLLECTIONS)[N]['folder'] };

/** Every collection's description, in menu order. */
export const COLLECTION_SPECS: readonly CollectionSpec[] = COLLECTION_NAMES.map((n) => COLLECTIONS[n]);

/** The collection holding the stories of a type. */
export const COLLECTION_OF_TYPE = Object.fromEntries(COLLECTION_NAMES.map((n) => [COLLECTIONS[n].type, COLLECTIONS[n]])) as Record<StoryType, CollectionSpec>;

/** A story type's name as readers see it (Văn bản, Hội nghị, Gương sáng, Bài viết). */
export const TYPE_LABELS = Object.fromEntries(COLLECTION_NAMES.map((n) => [COLLECTIONS[n].type, COLLECTIONS[n].label])) as Record<StoryType, string>;

/** The honourees' two kinds: subfolder and label. */
export const HONOUREE_KIND_SPECS: Readonly<Record<HonoureeKind, { folder: string; label: string }>> = COLLECTIONS.honourees.kinds;

/** Folder of each honouree kind under content/, and its URL path ("guong-sang/ca-nhan"). */
export const HONOUREE_FOLDERS = Object.fromEntries(
  Object.entries(HONOUREE_KIND_SPECS).map(([kind, spec]) => [kind, `${COLLECTIONS.honourees.folder}/${spec.folder}`]),
) as Record<HonoureeKind, string>;
