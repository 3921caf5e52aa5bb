import { isEligibleLegalForm } from "../offers/access";
import { completenessIssues, type OfferRules, parameterIssues } from "../offers/checks";
import type { OfferDocument } from "../offers/document";
import type { AutomaticCode, ChecklistItem } from "./checklist";

/*
 * The results the formal check page suggests from the data (pure). The officer confirms or
 * overrides each one; a code the platform does not know gets no suggestion (null).
 */

export type SuggestedResult = "pass" | "fail" | null;

export interface Suggestion {
  result: SuggestedResult;
  /** Why (i18n keys, possibly "key|{json}" as the offers' checks give them). */
  reasons: string[];
}

export interface SuggestionInput {
  /** When the first submission of the offer was made, and the competition's deadline. */
  firstSubmittedAt: Date;
  deadline: Date | null;
  /** Legal-form codes of every offeror, and the competition's admitted forms (empty: all). */
  legalForms: readonly string[];
  eligibleLegalForms: readonly string[];
  /** The frozen document of the version checked. */
  document: OfferDocument;
  rules: OfferRules;
  offerorIds: readonly string[];
  /** Labels of required attachments answered by an uploaded file. */
  attachedRequirements: readonly string[];
  /** The latest signed copy's result for the checked version (null: none uploaded). */
  signedCopy: "match" | "mismatch" | "not_found" | null;
}

const OWN_FIELDS = new Set(["sources.own", "sources.financial", "sources.personal"]);

function verdict(ok: boolean, reasons: string[] = []): Suggestion {
  return { result: ok ? "pass" : "fail", reasons: ok ? [] : reasons };
}

const SUGGESTERS: Record<AutomaticCode, (i: SuggestionInput) => Suggestion> = {
  on_time: (i) =>
    verdict(i.deadline !== null && i.firstSubmittedAt.getTime() < i.deadline.getTime(), [
      "evaluation.reason.late",
    ]),
  eligible: (i) =>
    verdict(
      i.legalForms.length > 0 && i.legalForms.every((f) => isEligibleLegalForm(i.eligibleLegalForms, f)),
      ["evaluation.reason.notEligible"],
    ),
  complete: (i) => {
    const issues = completenessIssues(i.document.sections);
    return verdict(
      issues.length === 0,
      issues.map((x) => x.message),
    );
  },
  own_contribution: (i) => {
    const issues = parameterIssues(i.document.sections, i.rules, {
      offerorIds: [...i.offerorIds],
      attachedRequirements: [...i.attachedRequirements],
    }).filter((x) => OWN_FIELDS.has(x.field));
    return verdict(
      issues.length === 0,
      issues.map((x) => x.message),
    );
  },
  signed_copy: (i) => {
    if (i.signedCopy === null) return { result: "fail", reasons: ["evaluation.reason.noSignedCopy"] };
    // A scan without text: the officer compares by eye, the platform does not guess.
    if (i.signedCopy === "not_found") return { result: null, reasons: ["evaluation.reason.compareByEye"] };
    return verdict(i.signedCopy === "match", ["evaluation.reason.checksumMismatch"]);
  },
  attachments: (i) => {
    const missing = i.rules.requiredAttachments
      .map((r) => r.label)
      .filter((label) => !i.attachedRequirements.includes(label));
    return verdict(
      missing.length === 0,
      missing.map((label) => `evaluation.reason.missingAttachment|${JSON.stringify({ label })}`),
    );
  },
};

/** A suggestion for every item of the checklist, by code. */
export function suggestMarks(
  items: readonly ChecklistItem[],
  input: SuggestionInput,
): Record<string, Suggestion> {
  return Object.fromEntries(
    items.map((item) => {
      const suggest = Object.hasOwn(SUGGESTERS, item.code) ? SUGGESTERS[item.code as AutomaticCode] : null;
      return [item.code, suggest ? suggest(input) : { result: null, reasons: [] }];
    }),
  );
}
