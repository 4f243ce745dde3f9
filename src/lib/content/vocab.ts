/** Closed vocabularies of the content model: the values editors may write. */

/** Kinds of document (loại văn bản); the last six are what a provincial site publishes weekly. */
export const DIRECTIVE_KINDS = [
  'Quy định', 'Chỉ thị', 'Nghị quyết', 'Nghị định', 'Kết luận', 'Hướng dẫn',
  'Kế hoạch', 'Thông báo', 'Quyết định', 'Công văn', 'Chương trình', 'Báo cáo',
] as const;
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

export const CONFERENCE_KINDS = ['Hội nghị', 'Tọa đàm', 'Giao ban', 'Sơ kết', 'Tổng kết', 'Lễ tuyên dương'] as const;
export type ConferenceKind = (typeof CONFERENCE_KINDS)[number];

export const ARTICLE_GENRES = ['Tin', 'Bài', 'Phỏng vấn', 'Bình luận'] as const;
export type ArticleGenre = (typeof ARTICLE_GENRES)[number];

/** Chuyên mục: topical sections shared by conferences and articles. */
export const SECTIONS = ['Xây dựng Đảng', 'Học tập và làm theo Bác', 'Người tốt - Việc tốt'] as const;
export type Section = (typeof SECTIONS)[number];

export const HONOUREE_KINDS = ['individual', 'collective'] as const;
export type HonoureeKind = (typeof HONOUREE_KINDS)[number];
