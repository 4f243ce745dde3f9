/**
 * The content model, written once as factories so that Astro's collections
 * (with `image()` and `reference()`) and our own checker (plain strings) validate
 * the same fields with the same rules.
 */
import { z } from 'astro/zod';
import { ARTICLE_GENRES, CONFERENCE_KINDS, DIRECTIVE_KINDS, SECTIONS } from './vocab.ts';
import { toNFCDeep } from '../vi/normalize.ts';
import { parseContentDate } from './dates.ts';
import { imagePathProblem } from './body-policy.ts';

/** What differs between Astro and the checker: how images and references are read. */
export interface SchemaDeps<Image extends z.ZodType = z.ZodType, Ref extends z.ZodType = z.ZodType> {
  /** Schema for an image path relative to the entry file. */
  image: () => Image;
  /** Schema for the id of an entry in another collection. */
  ref: (collection: 'directives' | 'conferences' | 'honourees' | 'articles') => Ref;
}

const text = () => z.string().trim().min(1);

/**
 * An image path as the body policy allows it (beside the story, never outside content/),
 * checked before the path is resolved: a file elsewhere is never read, let alone published.
 */
const imagePath = <I extends z.ZodType>(image: I) =>
  z
    .string()
    .superRefine((src, ctx) => {
      const problem = imagePathProblem(src);
      if (problem) ctx.addIssue({ code: 'custom', message: `image:path:${problem}`, params: { image: 'path', problem }, input: src });
    })
    // Astro's image() reads the string it is given: its declared input is only wider.
    .pipe(image as unknown as z.ZodType<z.output<I>, string>);
/** A date or date-time, parsed strictly; problems carry their kind for the checker's messages. */
const dateTime = () =>
  z.unknown().transform((value, ctx): Date => {
    const result = parseContentDate(value);
    if (result.ok) return result.date;
    ctx.addIssue({ code: 'custom', message: `date:${result.problem}`, params: { date: result.problem }, input: value });
    return z.NEVER;
  });

/** A picture with the caption and credit a news page prints under it. */
const picture = <I extends z.ZodType, R extends z.ZodType>(deps: SchemaDeps<I, R>) =>
  z.strictObject({
    /** Path of the image file, relative to the story file: `./anh/hoi-nghi.jpg`. */
    src: imagePath(deps.image()),
    /** Text alternative read by screen readers; describes what the picture shows. */
    alt: text(),
    /** Caption printed under the picture. */
    caption: text(),
    /** Who made the picture, printed as "Ảnh: …". */
    credit: text(),
  });

/** Where a story was first reported, when it retells another outlet's report. */
const source = () =>
  z.strictObject({
    /** Name of the outlet: "Báo Nghệ An". */
    outlet: text(),
    /** Date of the original report, when known. */
    date: dateTime().optional(),
    /** Writer of the original report, when it names one ("Bài và ảnh: Trần Văn Trọng"). */
    author: text().optional(),
    /** Photographer of the original's pictures, when it names one ("Ảnh: Phương Thúy"). */
    photographer: text().optional(),
  });

/** Fields every story shares. */
const storyBase = <I extends z.ZodType, R extends z.ZodType>(deps: SchemaDeps<I, R>) => ({
  /** Headline. */
  title: text(),
  /** Bold lead paragraph (sapo) under the headline. */
  sapo: text(),
  /** Chuyên mục the story belongs to. */
  section: z.enum(SECTIONS),
  /** Free tags shown in the TAG row; each gets a page at /tag/<slug>/. */
  tags: z.array(text()).default([]),
  /** Directives (văn bản) the story cites, by id. */
  directives: z.array(deps.ref('directives')).default([]),
  /** Honourees (gương sáng) the story mentions, by id. */
  honourees: z.array(deps.ref('honourees')).default([]),
  /** Author line: "Bài và ảnh: Minh Anh" or "Hương Ly thực hiện". */
  byline: text(),
  /** Lead picture. */
  cover: picture(deps).optional(),
  /** The report this story is written from. */
  source: source().optional(),
  /** Publication time, Vietnam time: 2021-05-10T08:17:00+07:00. */
  publishedAt: dateTime(),
  /** Time of the last real update, if any. */
  updatedAt: dateTime().optional(),
  /** Unfinished: checked, but not published. */
  draft: z.boolean().default(false),
  /** Editor's pick: shown in the "Tiêu điểm" block of the home page. */
  featured: z.boolean().default(false),
});

export const directiveSchema = <I extends z.ZodType, R extends z.ZodType>(_deps: SchemaDeps<I, R>) =>
  z.strictObject({
    /** Canonical document code: `08-QĐi/TW`, `157/2007/NĐ-CP`. */
    code: text(),
    /** Other spellings of the code seen in the press: `08-QĐ/TW`, `05/CT-TW`. */
    aliases: z.array(text()).default([]),
    /** Kind of document. */
    kind: z.enum(DIRECTIVE_KINDS),
    /** Body that issued it: Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư, Chính phủ … */
    issuer: text(),
    /**
     * Province or city of a provincial body's document (a Tỉnh ủy's 05-CT/TU): a story of
     * that province links its code here when several provinces have the same code.
     */
    province: text().optional(),
    /** Date of issue. */
    issuedAt: dateTime(),
    /** Party term (khóa), e.g. "XII", when the document has one. */
    term: text().optional(),
    /**
     * The document's title (its trích yếu), word for word as issued, shown as "Nội dung".
     * Left out when no reliable source gives it: a paraphrase must never pass for the title.
     */
    title: text().optional(),
    /** One-paragraph summary shown under the title and in lists. */
    summary: text(),
    /** Free tags. */
    tags: z.array(text()).default([]),
    /** When this explanation page was published. */
    publishedAt: dateTime(),
    /** Time of the last real update, if any. */
    updatedAt: dateTime().optional(),
    /** Unfinished: checked, but not published. */
    draft: z.boolean().default(false),
  });

export const conferenceSchema = <I extends z.ZodType, R extends z.ZodType>(deps: SchemaDeps<I, R>) =>
  z.strictObject({
    ...storyBase(deps),
    /** Kind of event. */
    kind: z.enum(CONFERENCE_KINDS),
    /** When it began, Vietnam time: 2019-07-20T08:00:00+07:00; the day alone (2019-07-20) when no source gives the hour. */
    startsAt: dateTime(),
    /** "sáng", "chiều" or "tối" when the source says only that ("Chiều 9/5"): printed instead of an hour. */
    partOfDay: z.enum(PARTS_OF_DAY).optional(),
    /** Venue. */
    place: text(),
    /** Province or city (tỉnh, thành phố). */
    province: text(),
    /** Body that organised it. */
    organiser: text(),
    /** People who spoke, in order. */
    speakers: z.array(z.strictObject({ /** Full name. */ name: text(), /** Office held. */ role: text() })).default([]),
  });

/** One honour (danh hiệu, khen thưởng) received. */
/** Parts of the day a report may give instead of an hour. */
export const PARTS_OF_DAY = ['sáng', 'trưa', 'chiều', 'tối'] as const;

const honour = () =>
  z.strictObject({
    /** Name of the honour: "Bằng khen", "Gương điển hình tiên tiến". */
    title: text(),
    /** Year received. */
    year: z.number().int().min(1945).max(2100),
    /** Who awarded it. */
    by: text(),
  });

/** The chuyên mục of an honouree's profile unless its front matter names another. */
export const HONOUREE_SECTION = 'Người tốt - Việc tốt' satisfies (typeof SECTIONS)[number];

const honoureeBase = <I extends z.ZodType, R extends z.ZodType>(deps: SchemaDeps<I, R>) => ({
  /** Full name, as printed: "Bùi Thị Nụ", "Trường THCS Hàn Thuyên". */
  name: text(),
  /** Sort key overriding the automatic one (given name first for people). */
  sortName: text().optional(),
  /** Unit or organisation the honouree belongs to. */
  unit: text(),
  /** Province or city. */
  province: text(),
  /**
   * Chuyên mục the profile is listed under; an example of everyday good work by default
   * ("Người tốt - Việc tốt"), "Học tập và làm theo Bác" for one honoured under Chỉ thị 05.
   */
  section: z.enum(SECTIONS).default(HONOUREE_SECTION),
  /** Honours received. */
  honours: z.array(honour()).default([]),
  /** Directives their example is tied to. */
  directives: z.array(deps.ref('directives')).default([]),
  /** Portrait or picture of the collective. */
  portrait: picture(deps).optional(),
  /** One-paragraph summary shown as the sapo and in lists. */
  summary: text(),
  /** Free tags. */
  tags: z.array(text()).default([]),
  /** When the profile was published. */
  publishedAt: dateTime(),
  /** Time of the last real update, if any. */
  updatedAt: dateTime().optional(),
  /** Author line of the profile. */
  byline: text().optional(),
  /** Unfinished: checked, but not published. */
  draft: z.boolean().default(false),
});

export const honoureeSchema = <I extends z.ZodType, R extends z.ZodType>(deps: SchemaDeps<I, R>) =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      /** A person. */
      kind: z.literal('individual'),
      ...honoureeBase(deps),
      /** Office or job: "Phó Hiệu trưởng Trường THPT Nguyễn Huệ". */
      role: text(),
      /** Rank or form of address printed before the name: "Đại úy", "Cô giáo". */
      rank: text().optional(),
    }),
    z.strictObject({
      /** A collective: a school, a party cell, an office. */
      kind: z.literal('collective'),
      ...honoureeBase(deps),
      /** What the collective is: "Trường trung học cơ sở", "Đảng bộ phường". */
      role: text().optional(),
    }),
  ]);

export const articleSchema = <I extends z.ZodType, R extends z.ZodType>(deps: SchemaDeps<I, R>) =>
  z.strictObject({
    ...storyBase(deps),
    /** Genre: tin (news), bài (report), phỏng vấn (interview), bình luận (commentary). */
    genre: z.enum(ARTICLE_GENRES),
    /** The conference the article reports on, if any. */
    conference: deps.ref('conferences').optional(),
  });

/** Every string in front matter is stored in NFC, whatever the editor's keyboard produced. */
export const nfc = <T extends z.ZodType>(schema: T) => z.preprocess(toNFCDeep, schema);
