import type { Outcome } from "./classify";
import type { MatrixIds, Role } from "./matrix-world";

/** The shapes of expectations the matrix's entries share (see expected.ts). */

export type Expect = Outcome | "any";
export interface MatrixEntry {
  path: string;
  params?: Record<string, string>;
  expect: Partial<Record<Role, Expect>> & { default: Expect };
}

export const PUBLIC = { default: "ok" } as const;
export const USER = { default: "ok", visitor: "login" } as const;
/** Guest pages (log in, register): a logged-in person is sent on. */
export const GUEST = { default: "any", visitor: "ok" } as const;
export const MEMBER_A = { default: "deny", visitor: "login", memberA: "ok" } as const;
/** NGO-side pages of an offer that is neither A's nor B's: no role here is its member. */
/**
 * A submitted version of another organisation's offer: no member here; the office of its
 * department may read submitted versions (never drafts), also through the NGO-side PDF address.
 */
export const SUBMITTED_X = {
  default: "deny",
  visitor: "login",
  officerX: "ok",
  coordinator: "ok",
  admin: "ok",
} as const;
/** A page without a loader (static text). */
export const STATIC = { default: "none" } as const;
/** Changing e-mail or password asks for the password again first (a redirect to confirm it). */
export const REAUTH = { default: "redirect", visitor: "login" } as const;
/** The back office: staff only; members of organisations and committee members (plain accounts) are refused. */
export const OFFICE = {
  default: "ok",
  visitor: "login",
  memberA: "deny",
  memberB: "deny",
  committeeUndeclared: "deny",
  committeeDeclared: "deny",
} as const;
export const OFFICE_X = { ...OFFICE, officerY: "deny" } as const;
/** The draft form of a published competition sends the office to the competition (amendments only). */
export const PUBLISHED_NOT_EDITABLE = {
  ...OFFICE_X,
  officerX: "redirect",
  coordinator: "redirect",
  admin: "redirect",
} as const;
export const COORDINATION = { default: "deny", visitor: "login", coordinator: "ok", admin: "ok" } as const;
export const ADMIN = { default: "deny", visitor: "login", admin: "ok" } as const;
export const NOT_FOUND = { default: "deny" } as const;

export const id = (key: keyof MatrixIds) => `{${key}}`;
