import { data, type RouterContextProvider } from "react-router";
import { listDepartments, listLegalBases } from "~/domain/competitions/access";
import { canActInDepartment } from "~/domain/competitions/policy";
import { CompetitionDraftFormSchema, DRAFT_FORM_ARRAYS } from "~/domain/competitions/schemas";
import { validateForm } from "../form.server";
import { competitionDeps } from "./competitions-route.server";

/*
 * The draft form's server side, shared by "new" and "edit": the select options the viewer may use,
 * and the two kinds of submit — "add row" (render again with one more row, nothing saved) and save.
 */

type Context = Readonly<RouterContextProvider>;

const ROW_GROUPS = ["budget", "criteria", "attachments", "prior"] as const;

/** Departments the viewer may create competitions in, and the legal bases of the tenant. */
export async function draftFormOptions(context: Context) {
  const { db, tenantId, staffRoles } = competitionDeps(context);
  const subject = { staffRoles };
  const departments = (await listDepartments(db, tenantId)).filter((d) =>
    canActInDepartment(subject, "draft.create", d.id),
  );
  const legalBases = (await listLegalBases(db, tenantId)).map((b) => ({
    id: b.id,
    label: b.label,
    article: b.article,
    minDaysToDeadline: b.minDaysToDeadline,
  }));
  return { departments, legalBases };
}

/** What the form's answer carries back when it is not a redirect. */
export interface DraftFormAnswer {
  ok: false;
  messageKey: string | null;
  fieldErrors: Record<string, string[]>;
  values: Record<string, string>;
  focusGroup?: string;
}

/**
 * Reads the posted draft form. An "add row" press comes back as `answer` (status 200: the same
 * values and one more row in its group, focused); a save as the parsed result.
 */
export async function readDraftForm(request: Request) {
  const form = await request.formData();
  const result = validateForm(form, CompetitionDraftFormSchema, { arrays: DRAFT_FORM_ARRAYS });
  const intent = String(form.get("intent") ?? "save");
  const group = ROW_GROUPS.find((g) => intent === `add:${g}`);
  if (group) {
    const values = { ...result.values };
    values[`rows.${group}`] = String((Number(values[`rows.${group}`]) || 1) + 1);
    const answer: DraftFormAnswer = {
      ok: false,
      messageKey: null,
      fieldErrors: {},
      values,
      focusGroup: group,
    };
    return { answer: data(answer, { status: 200 }) } as const;
  }
  return { result, version: Number(form.get("version")) || 0 } as const;
}
