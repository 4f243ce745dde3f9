/** Vietnamese names of collections and story types, as readers see them. */
import type { StoryType } from '../content/relations.ts';

export const TYPE_LABELS: Record<StoryType, string> = {
  directive: 'Văn bản',
  conference: 'Hội nghị',
  honouree: 'Gương sáng',
  article: 'Bài viết',
};

export const HONOUREE_KIND_LABELS = { individual: 'Cá nhân', collective: 'Tập thể' } as const;

export const SITE_NAME = 'Gương Sáng';
export const SITE_TAGLINE = 'Trang tin nêu gương cán bộ, đảng viên và điển hình tiên tiến';
