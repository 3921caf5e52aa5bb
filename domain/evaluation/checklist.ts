import type { FormalChecklistItemJson } from "../../platform/db/schema/evaluation";
import { z } from "../../platform/validation/zod-messages";
import { ATTACHMENTS_ITEM } from "../offers/rules";
import { SECTION_KEYS, type SectionKey } from "../offers/sections";
import { plainText } from "../organizations/schemas";

/*
 * The formal checklist of a competition (UDPP art. 15, PROCESS.md §3 "Formal evaluation"). A
 * competition with an empty `formal_checklist` uses the defaults; the officer may edit the list
 * (add, remove, rename, mark correctable). A correctable item that fails leads to a correction
 * round; a non-correctable one to rejection.
 */

export type ChecklistItem = FormalChecklistItemJson;

/** The codes the platform can suggest a result for (from the data); other codes are marked by hand. */
export const AUTOMATIC_CODES = [
  "on_time",
  "eligible",
  "complete",
  "own_contribution",
  "signed_copy",
  "attachments",
] as const;
export type AutomaticCode = (typeof AUTOMATIC_CODES)[number];

export const DEFAULT_CHECKLIST: readonly ChecklistItem[] = [
  { code: "on_time", label: "Oferta złożona w terminie", correctable: false },
  { code: "eligible", label: "Oferent jest podmiotem uprawnionym", correctable: false },
  { code: "complete", label: "Wszystkie części oferty są wypełnione", correctable: true },
  { code: "own_contribution", label: "Wkład własny nie niższy niż wymagany", correctable: true },
  {
    code: "signed_copy",
    label: "Złożono podpisany egzemplarz oferty ze zgodną sumą kontrolną",
    correctable: true,
  },
  { code: ATTACHMENTS_ITEM, label: "Złożono wymagane załączniki", correctable: true },
];

/** The sections of the offer an organisation may change to fix a failed item (ADR 012). */
export const ITEM_SECTIONS: Record<string, readonly SectionKey[]> = {
  on_time: [],
  eligible: ["offerors"],
  complete: SECTION_KEYS,
  own_contribution: ["costs"],
  signed_copy: [],
  [ATTACHMENTS_ITEM]: [],
};

/** The sections suggested for a correction of these items (in the template's order). */
export function sectionsForItems(codes: readonly string[]): SectionKey[] {
  const wanted = new Set(codes.flatMap((c) => ITEM_SECTIONS[c] ?? []));
  return SECTION_KEYS.filter((k) => wanted.has(k));
}

/** The competition's checklist: its own list, or the defaults when it has none. */
export function checklistOf(stored: readonly ChecklistItem[] | null | undefined): ChecklistItem[] {
  return stored && stored.length > 0
    ? stored.map((i) => ({ ...i }))
    : DEFAULT_CHECKLIST.map((i) => ({ ...i }));
}

const CodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, "evaluation.error.code");

export const ChecklistItemSchema = z.object({
  code: CodeSchema,
  label: plainText(300),
  correctable: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
});

/** The checklist the officer saves: 1–30 items, unique codes. Shared by the form and the use case. */
export const ChecklistSchema = z
  .array(ChecklistItemSchema)
  .min(1, "evaluation.error.checklistEmpty")
  .max(30, "evaluation.error.checklistTooLong")
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.code))
        ctx.addIssue({ code: "custom", path: [i, "code"], message: "evaluation.error.codeTaken" });
      seen.add(item.code);
    });
  });
