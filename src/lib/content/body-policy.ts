/**
 * What a story body may contain: the one trust boundary for editors' files.
 * The checker (check/body-rules.ts) reports everything outside it with a line
 * and what to write instead; the renderer (sanitize-body.ts) independently
 * removes it, so a file that never went through the check is still safe.
 *
 * Bodies are news text: paragraphs, headings, lists, tables, quotes, figures,
 * links, the project's own components, and nothing that runs, loads from
 * another host, styles the page or reaches outside the content folder.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { Schema } from 'hast-util-sanitize';

/** HTML elements a body may use (raw HTML in Markdown, lowercase JSX in MDX). */
export const ALLOWED_TAGS: readonly string[] = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'strong', 'b', 'em', 'i', 'u', 's', 'strike', 'del', 'ins', 'mark', 'small', 'sub', 'sup',
  'abbr', 'cite', 'dfn', 'q', 'time', 'code', 'kbd', 'samp', 'var', 'tt', 'pre', 'span', 'div', 'wbr',
  'blockquote', 'figure', 'figcaption',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'a', 'img', 'details', 'summary', 'ruby', 'rt', 'rp', 'section', 'input',
];

/**
 * Elements removed together with everything inside them: their content is code, a
 * document of its own or form controls, never story text. Other elements outside the
 * allowlist are removed and their text kept.
 */
export const STRIPPED_TAGS: readonly string[] = [
  'script', 'style', 'template', 'noscript', 'textarea', 'select', 'option', 'button', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'applet', 'svg', 'math', 'canvas', 'audio', 'video', 'head', 'title', 'meta', 'link', 'base', 'xmp', 'plaintext',
];

const aria = ['ariaDescribedBy', 'ariaLabel', 'ariaLabelledBy'];

/** hast-util-sanitize's schema for the elements above (attribute names as hast properties). */
export const SANITIZE_SCHEMA: Schema = {
  tagNames: [...ALLOWED_TAGS],
  strip: [...STRIPPED_TAGS],
  attributes: {
    // Footnotes as the Markdown processor writes them.
    a: [...aria, 'dataFootnoteBackref', 'dataFootnoteRef', ['className', 'data-footnote-backref'], 'href'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: [['className', 'sr-only']],
    img: ['src', 'alt', 'width', 'height'],
    ol: ['start', 'reversed', ...aria, ['className', 'contains-task-list']],
    ul: [...aria, ['className', 'contains-task-list']],
    li: [['className', 'task-list-item']],
    input: [['disabled', true], ['type', 'checkbox'], 'checked'],
    code: [['className', /^language-[\w-]+$/]],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite', 'dateTime'],
    ins: ['cite', 'dateTime'],
    time: ['dateTime'],
    th: ['colSpan', 'rowSpan', 'headers', 'scope', 'abbr'],
    td: ['colSpan', 'rowSpan', 'headers'],
    col: ['span'],
    colgroup: ['span'],
    details: ['open'],
    '*': ['title', 'lang', 'dir', 'id'],
  },
  required: { input: { disabled: true, type: 'checkbox' } },
  // Ids an editor writes cannot take the page's own (the search box, the menu): prefixed.
  clobber: ['ariaDescribedBy', 'ariaLabelledBy', 'id', 'name'],
  clobberPrefix: 'user-content-',
  // Images come from the story's folder only (the page's policy loads nothing from other hosts).
  protocols: { href: ['http', 'https', 'mailto', 'tel'], cite: ['http', 'https'], src: [] },
  allowComments: false,
  allowDoctypes: false,
};

/** Attribute names, as written in HTML, that the check names by their kind. */
export const isEventHandler = (name: string): boolean => /^on/i.test(name);

/** The project's components, as MDX bodies write them, with their attributes. */
export interface ComponentRule {
  /** Attributes the component reads; any other is an error. */
  props: readonly string[];
  /** Attributes it needs. */
  required: readonly string[];
  /** How an editor writes it, for messages. */
  example: string;
}

export const COMPONENTS: Readonly<Record<string, ComponentRule>> = {
  Figure: { props: ['caption', 'credit'], required: ['credit'], example: '<Figure caption="Chú thích" credit="Tên người chụp">![mô tả ảnh](./anh/ten-anh.jpg)</Figure>' },
  Quote: { props: ['speaker', 'role'], required: ['speaker'], example: '<Quote speaker="Nguyễn Văn A" role="Bí thư Tỉnh ủy">Lời phát biểu.</Quote>' },
  Interview: { props: ['by'], required: ['by'], example: '<Interview by="Tên phóng viên">…</Interview>' },
  Question: { props: [], required: [], example: '<Question>Câu hỏi?</Question>' },
  Answer: { props: ['speaker'], required: [], example: '<Answer speaker="Ông Nguyễn Văn A">Câu trả lời.</Answer>' },
  Ref: { props: ['id'], required: ['id'], example: '<Ref id="quy-dinh-08-qdi-tw" />' },
  Video: { props: ['youtube', 'facebook', 'title'], required: ['title'], example: '<Video youtube="mã-video" title="Tên video" />' },
};

/** A JSX attribute value MDX may keep: a plain string, or a string or number literal in braces. */
export function literalValue(expression: string): string | undefined {
  const e = expression.trim();
  if (/^-?\d+(\.\d+)?$/.test(e)) return e;
  const m = /^(["'])((?:\\.|(?!\1)[^\\\n])*)\1$/.exec(e);
  if (!m) return undefined;
  try {
    return m[1] === '"' ? (JSON.parse(e) as string) : (JSON.parse(`"${m[2]!.replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string);
  } catch {
    return undefined;
  }
}

/** An MDX expression that is only a comment: `{/* ghi chú *\/}`. */
export const isCommentExpression = (expression: string): boolean => /^\s*(\/\*[\s\S]*?\*\/\s*)+$/.test(expression);

export type UrlProblem = 'script' | 'data' | 'remote-image' | 'protocol-relative' | 'outside' | 'protocol' | 'absolute-path' | 'climbs' | 'svg';

/** What is wrong with a link target, or undefined. Entities are decoded by the parser before. */
export function linkProblem(href: string): UrlProblem | undefined {
  const url = href.trim().replace(/[\u0000-\u0020]/g, '');
  if (/^javascript:/i.test(url) || /^vbscript:/i.test(url)) return 'script';
  if (/^data:/i.test(url)) return 'data';
  if (url.startsWith('//')) return 'protocol-relative';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme && !['http', 'https', 'mailto', 'tel'].includes(scheme)) return 'protocol';
  return undefined;
}

/**
 * What is wrong with an image path as written, or undefined. Images are files in the
 * story's own folder or below it: never another host, a data: URL, an absolute path
 * or a path that climbs with "..". The same rule holds for covers, portraits and body
 * images, in the check and in the build.
 */
export function imagePathProblem(src: string): UrlProblem | undefined {
  const url = src.trim();
  if (/^javascript:/i.test(url.replace(/[\u0000-\u0020]/g, ''))) return 'script';
  if (/^data:/i.test(url)) return 'data';
  if (url.startsWith('//')) return 'protocol-relative';
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return /^https?:/i.test(url) ? 'remote-image' : 'protocol';
  if (url.startsWith('/') || url.startsWith('\\') || isAbsolute(url)) return 'absolute-path';
  if (url.split(/[\\/]/).includes('..')) return 'climbs';
  if (/\.svgz?$/i.test(url.replace(/[?#].*$/, ''))) return 'svg';
  return undefined;
}

/** `imagePathProblem`, then, as a second line, where the path lands: inside `contentDir`. */
export function imageProblem(src: string, fileDir: string, contentDir: string): UrlProblem | undefined {
  const problem = imagePathProblem(src);
  if (problem) return problem;
  const inside = relative(resolve(contentDir), resolve(fileDir, src.trim().replace(/[?#].*$/, '')));
  if (!inside || inside.startsWith('..') || isAbsolute(inside)) return 'outside';
  return undefined;
}

/** Vietnamese words for each URL problem, for the checker's messages. */
export const URL_PROBLEM_TEXT: Record<UrlProblem, string> = {
  script: 'là mã lệnh (javascript:), không phải địa chỉ',
  data: 'là dữ liệu nhúng (data:), không phải tệp',
  'remote-image': 'nằm ở trang web khác; trang chỉ hiện ảnh của chính mình',
  'protocol-relative': 'bắt đầu bằng "//" (một trang web khác, không rõ giao thức)',
  outside: 'nằm ngoài thư mục content/',
  protocol: 'dùng giao thức không được phép',
  'absolute-path': 'là đường dẫn tuyệt đối',
  climbs: 'đi ra khỏi thư mục của bài (có "..")',
  svg: 'là ảnh SVG, loại ảnh có thể chứa mã lệnh nên không được dùng',
};

/** The editor's fix for an image path problem. */
export const imagePathFix = (problem: UrlProblem): string => (problem === 'svg' ? SVG_FIX : IMAGE_PATH_FIX);
export const SVG_FIX = 'hãy dùng ảnh JPEG, PNG, WebP hoặc AVIF (xuất SVG ra PNG)';

/** The editor's fix for an image path problem. */
export const IMAGE_PATH_FIX = 'hãy chép ảnh vào thư mục anh/ cạnh bài và viết ./anh/ten-anh.jpg';

/** The video an embed code of YouTube or Facebook shows, as <Video> attributes. */
export interface VideoRef {
  youtube?: string;
  facebook?: string;
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/** The video behind an embed or page address of YouTube or Facebook, or undefined. */
export function videoOf(src: string): VideoRef | undefined {
  let url: URL;
  try {
    url = new URL(src.trim().replace(/^\/\//, 'https://'));
  } catch {
    return undefined;
  }
  const host = url.hostname.replace(/^(www|m)\./, '');
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const id = /^\/(?:embed|shorts|live)\/([^/?#]+)/.exec(url.pathname)?.[1] ?? (url.pathname === '/watch' ? url.searchParams.get('v') : null);
    return id && YOUTUBE_ID.test(id) ? { youtube: id } : undefined;
  }
  if (host === 'youtu.be') {
    const id = url.pathname.slice(1);
    return YOUTUBE_ID.test(id) ? { youtube: id } : undefined;
  }
  if (host === 'facebook.com' || host === 'fb.watch') {
    const inner = url.pathname === '/plugins/video.php' ? url.searchParams.get('href') : url.href;
    if (!inner) return undefined;
    const page = facebookVideoPage(inner);
    return page ? { facebook: page } : undefined;
  }
  return undefined;
}

/** A Facebook video page address, normalised to https://www.facebook.com/…, or undefined. */
export function facebookVideoPage(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return undefined;
  }
  const host = url.hostname.replace(/^(www|m|web)\./, '');
  if (host === 'fb.watch') return /^\/[\w-]+\/?$/.test(url.pathname) ? `https://fb.watch${url.pathname}` : undefined;
  if (host !== 'facebook.com') return undefined;
  if (/^\/[\w.-]+\/videos\/(?:[\w.-]+\/)?\d+\/?$/.test(url.pathname) || /^\/reel\/\d+\/?$/.test(url.pathname)) return `https://www.facebook.com${url.pathname}`;
  if (url.pathname === '/watch/' || url.pathname === '/watch') {
    const v = url.searchParams.get('v');
    return v && /^\d+$/.test(v) ? `https://www.facebook.com/watch/?v=${v}` : undefined;
  }
  return undefined;
}

/** The frame a <Video> opens on click, and the page a reader without scripts follows. */
export function videoUrls(video: VideoRef): { frame: string; page: string; host: 'YouTube' | 'Facebook' } | undefined {
  if (video.youtube && YOUTUBE_ID.test(video.youtube)) {
    return {
      frame: `https://www.youtube-nocookie.com/embed/${video.youtube}?autoplay=1`,
      page: `https://www.youtube.com/watch?v=${video.youtube}`,
      host: 'YouTube',
    };
  }
  const page = video.facebook ? facebookVideoPage(video.facebook) : undefined;
  if (page) return { frame: `https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(page)}&show_text=false&autoplay=true`, page, host: 'Facebook' };
  return undefined;
}

/** Hosts a <Video> may frame: the Content-Security-Policy's frame-src. */
export const VIDEO_FRAME_ORIGINS = ['https://www.youtube-nocookie.com', 'https://www.facebook.com'] as const;

/** The <Video …/> line that replaces a pasted embed code. */
export function videoLine(video: VideoRef, title: string | undefined): string {
  const attr = video.youtube ? `youtube="${video.youtube}"` : `facebook="${video.facebook}"`;
  const t = (title ?? '').replace(/"/g, '”').trim();
  return `<Video ${attr} title="${t || 'Tên video'}" />`;
}
