/** The numbers of the news procedure, in one place (none comes from a statute: they are the portal's own). */

/** Longest texts a news item may have, in characters. */
export const NEWS_LIMITS = {
  title: 200,
  lead: 600,
  body: 20_000,
  imageAlt: 300,
  rejectionReason: 2_000,
} as const;

/** An uploaded picture: at most 2 MB (a phone photo scaled for the web fits easily). */
export const NEWS_IMAGE_MAX_BYTES = 2 * 1024 * 1024;

/** Picture types accepted, recognised by their first bytes (never by the name or the browser's claim). */
export const NEWS_IMAGE_TYPES = ["image/jpeg", "image/png"] as const;
export type NewsImageType = (typeof NEWS_IMAGE_TYPES)[number];

/** News per page on the portal's list. */
export const NEWS_PAGE_SIZE = 10;
/** The API's largest page; larger requests are cut down to it. */
export const NEWS_API_MAX_PAGE_SIZE = 50;
/** Highest page number accepted (beyond it nobody is reading; it keeps OFFSET bounded). */
export const NEWS_MAX_PAGE = 1_000;
/** Items in the RSS and Atom feeds (feed readers only need the newest). */
export const NEWS_FEED_ITEMS = 20;
/** News shown on the home page. */
export const NEWS_HOME_ITEMS = 3;
