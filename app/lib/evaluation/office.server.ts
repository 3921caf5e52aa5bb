import type { RouterContextProvider } from "react-router";
import { decideFormalCheck } from "~/domain/evaluation/decide-formal-check";
import { getFormalCheck } from "~/domain/evaluation/get-formal-check";
import { getVersionDiff } from "~/domain/evaluation/get-version-diff";
import { listFormalChecks } from "~/domain/evaluation/list-formal-checks";
import { updateChecklist } from "~/domain/evaluation/update-checklist";
import { CSRF_FIELD } from "~/platform/auth/csrf-field";
import {
  competitionDeps,
  orCompetitionErrorPage,
  requireCompetitionOffice,
} from "../competitions/competitions-route.server";
import { orRefusalPage, redirectWithNotice, runAction } from "../http.server";

/*
 * Route plumbing of the office's formal check (/urzad/konkursy/:id/ocena-formalna,
 * /urzad/oferty/:id/ocena-formalna, /urzad/oferty/:id/roznice): who asks, the forms' fields as
 * the use cases' input, and the notices after a redirect. The domain's policy refuses other
 * departments (403) and drafts (404).
 */

type Context = Readonly<RouterContextProvider>;

const NOTICES = ["checklistSaved", "marksSaved", "decided"] as const;
type EvaluationNotice = (typeof NOTICES)[number];

/** The success message of the page after a redirect, as an i18n key. */
export function evaluationNoticeOf(request: Request): string | null {
  const name = new URL(request.url).searchParams.get("komunikat");
  return NOTICES.includes(name as EvaluationNotice) ? `evaluation.notice.${name}` : null;
}

/** The form's string fields (the CSRF token left out), to keep what was typed on a refusal. */
export async function formValues(
  request: Request,
): Promise<{ values: Record<string, string>; form: FormData }> {
  const form = await request.formData();
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries())
    if (typeof value === "string" && key !== CSRF_FIELD)
      values[key] = key in values ? `${values[key]}\n${value}` : value;
  return { values, form };
}

/** The competition's submitted offers with their formal outcome, and its checklist. */
export async function loadCompetitionChecks(context: Context, request: Request, competitionId: unknown) {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, tenantId } = competitionDeps(context);
  const list = await orCompetitionErrorPage(
    context,
    listFormalChecks({ db, tenantId, staffRoles, competitionId }),
    competitionId,
  );
  return { list, notice: evaluationNoticeOf(request) };
}

/** The checklist editor's rows ("items.3.label"), in order; a row ticked "remove" or left blank is dropped. */
export function checklistItemsOf(values: Record<string, string>) {
  const rows = new Map<number, Record<string, string>>();
  for (const [key, value] of Object.entries(values)) {
    const m = /^items\.(\d{1,2})\.(code|label|correctable|remove)$/.exec(key);
    if (!m) continue;
    const i = Number(m[1]);
    rows.set(i, { ...(rows.get(i) ?? {}), [m[2] as string]: value });
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, r]) => r)
    .filter((r) => r.remove !== "on" && ((r.code ?? "").trim() !== "" || (r.label ?? "").trim() !== ""))
    .map((r) => ({ code: r.code ?? "", label: r.label ?? "", correctable: r.correctable === "on" }));
}

/** Saves the checklist of the competition. */
export async function competitionChecksAction(
  context: Context,
  request: Request,
  competitionId: string | undefined,
) {
  requireCompetitionOffice(context, request);
  const { values } = await formValues(request);
  return runAction(async () => {
    await updateChecklist({ ...competitionDeps(context), competitionId, items: checklistItemsOf(values) });
    return redirectWithNotice(`/urzad/konkursy/${competitionId}/ocena-formalna`, "checklistSaved");
  }, values);
}

/** One offer's formal check for the officer, or the 403/404 page. */
export async function loadOfferCheck(context: Context, request: Request, offerId: unknown) {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, tenantId, clock } = competitionDeps(context);
  const view = await orRefusalPage(context, getFormalCheck({ db, tenantId, staffRoles, clock, offerId }), {
    type: "offer",
    id: offerId,
  });
  return { view, notice: evaluationNoticeOf(request) };
}

/** The decision form's fields ("mark.on_time.result", "mark.on_time.note", …) as the use case's input. */
export function decisionInputOf(values: Record<string, string>) {
  const marks: Record<string, { result: string; note: string }> = {};
  for (const [key, value] of Object.entries(values)) {
    const m = /^mark\.([a-z0-9_]{1,40})\.(result|note)$/.exec(key);
    if (!m) continue;
    const code = m[1] as string;
    const mark = marks[code] ?? { result: "", note: "" };
    mark[m[2] as "result" | "note"] = value;
    marks[code] = mark;
  }
  return {
    expectedVersion: values.expectedVersion ?? "",
    outcome: values.outcome ?? "",
    reason: values.reason ?? "",
    correctionMessage: values.correctionMessage ?? "",
    correctionSections: (values.correctionSections ?? "").split("\n").filter(Boolean),
    marks,
  };
}

/** The officer's decision on one offer. */
export async function offerCheckAction(context: Context, request: Request, offerId: string | undefined) {
  requireCompetitionOffice(context, request);
  const { values } = await formValues(request);
  const deps = competitionDeps(context);
  try {
    return await runAction(async () => {
      const result = await decideFormalCheck({ ...deps, offerId, input: decisionInputOf(values) });
      return redirectWithNotice(
        `/urzad/oferty/${offerId}/ocena-formalna`,
        result.outcome === "pending" || values.outcome === "save" ? "marksSaved" : "decided",
      );
    }, values);
  } catch (error) {
    return orRefusalPage(context, Promise.reject(error), { type: "offer", id: offerId });
  }
}

/** The difference between two versions (?z=1&do=2). */
export async function loadVersionDiff(context: Context, request: Request, offerId: unknown) {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, tenantId } = competitionDeps(context);
  const url = new URL(request.url);
  const number = (name: string) => {
    const raw = url.searchParams.get(name);
    return raw && /^\d{1,4}$/.test(raw) ? Number(raw) : null;
  };
  return orRefusalPage(
    context,
    getVersionDiff({ db, tenantId, staffRoles, offerId, from: number("z"), to: number("do") }),
    { type: "offer", id: offerId },
  );
}
