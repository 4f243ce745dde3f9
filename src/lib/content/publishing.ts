/** Which entries reach readers: no drafts, nothing scheduled for later. */

export interface PublishFields {
  draft: boolean;
  publishedAt: Date;
}

/**
 * An entry is published when it is not a draft and its time has come.
 * `includeDrafts` (DRAFTS=1) shows both kinds, for editors' previews.
 */
export const isPublished = (data: PublishFields, now: Date, includeDrafts = false): boolean =>
  includeDrafts || (!data.draft && data.publishedAt.getTime() <= now.getTime());
