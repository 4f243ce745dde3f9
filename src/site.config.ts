/**
 * The site's identity and imprint, in one file a deployer edits: the name, tagline
 * and brand used on every page, in feeds, share images and structured data, and the
 * imprint the footer prints as Vietnamese news sites do (Luật Báo chí; Nghị định
 * 72/2013/NĐ-CP for a general information site). Empty imprint lines are left out.
 */
export interface Imprint {
  owner: string;
  licence: string;
  editor: string;
  address: string;
  phone: string;
  email: string;
  note: string;
}

export interface SiteConfig {
  name: string;
  tagline: string;
  about: string;
  imprint: Imprint;
}

export const SITE_CONFIG: SiteConfig = {
  /** The site's name, as readers see it. */
  name: 'Gương Sáng',
  /** One line under the name. */
  tagline: 'Trang tin nêu gương cán bộ, đảng viên và điển hình tiên tiến',
  /** What the site is, for the footer. */
  about: 'Trang tin thử nghiệm về các tấm gương điển hình tiên tiến, hội nghị và văn bản của Đảng về trách nhiệm nêu gương.',
  imprint: {
    /** Cơ quan chủ quản. */
    owner: 'Ban biên tập Gương Sáng (trang thử nghiệm)',
    /** Giấy phép: number, date and issuer, or why there is none. */
    licence: 'Trang mẫu, chưa được cấp giấy phép thiết lập trang thông tin điện tử tổng hợp.',
    /** Người chịu trách nhiệm nội dung. */
    editor: 'Ban biên tập Gương Sáng',
    address: '',
    phone: '',
    email: '',
    /** On sources and pictures. */
    note: 'Bài viết được biên soạn lại từ các bản tin đã đăng, có ghi nguồn; ảnh trên trang là đồ họa minh họa.',
  },
};

/** The imprint's lines in the order Vietnamese news sites print them, with their labels. */
export const imprintLines = (imprint: Imprint = SITE_CONFIG.imprint): [string, string][] =>
  (
    [
      ['Cơ quan chủ quản', imprint.owner],
      ['Giấy phép', imprint.licence],
      ['Chịu trách nhiệm nội dung', imprint.editor],
      ['Địa chỉ', imprint.address],
      ['Điện thoại', imprint.phone],
      ['Email', imprint.email],
    ] as [string, string][]
  ).filter(([, v]) => v.trim() !== '');
