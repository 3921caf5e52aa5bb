import type { AppErrorCode } from "~/platform/errors/app-error";

/*
 * What the offers' actions answer when they do not redirect, shared by the server (which builds
 * them) and the pages (which show them). Browser-safe.
 */

/** A refusal: its code, message, errors per field, what was typed and the error's details. */
export interface OfferActionFailure {
  ok: false;
  code: AppErrorCode;
  messageKey: string;
  fieldErrors: Record<string, string[]>;
  values: Record<string, string>;
  /** E.g. for "offer.error.sectionChanged": { currentVersion, updatedBy, updatedAt }. */
  details: Record<string, string | number | null>;
}

/** A section saved without leaving the page (autosave, or a row added or removed). */
export interface SectionSaved {
  ok: true;
  version: number;
  savedAt: string;
  /** Set after a row was added or removed: the form's values. */
  values?: Record<string, string>;
}

/** The answer of a section form's action; `id` changes with every answer, `focus` names the element to focus. */
export type SectionAnswer = (SectionSaved | (OfferActionFailure & { version: number })) & {
  id?: string;
  focus?: string;
};
