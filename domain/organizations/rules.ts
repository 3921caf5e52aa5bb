/** Numbers of the NGO base, each with where it comes from. */

/** An invitation link is valid for 14 days (issue requirement; long enough for a board to meet). */
export const INVITATION_TTL_DAYS = 14;
export const INVITATION_TTL_MS = INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000;

/** Rows per page of the back-office list. */
export const BACK_OFFICE_PAGE_SIZE = 25;
