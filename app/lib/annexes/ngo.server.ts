import { data, type RouterContextProvider } from "react-router";
import { getChangeForm, getMemberChangeRequest } from "~/domain/annexes/get-change-request";
import { previewChangeRequest } from "~/domain/annexes/preview-change-request";
import { submitChangeRequest } from "~/domain/annexes/submit-change-request";
import { withdrawChangeRequest } from "~/domain/annexes/withdraw-change-request";
import { competitionDeps } from "../competitions/competitions-route.server";
import { formValues } from "../evaluation/office.server";
import { requireUser } from "../guards.server";
import { orRefusalPage, redirectWithNotice, runAction } from "../http.server";
import { changeFormValues, costTableOptions, readChangeForm } from "./change-form.server";

/*
 * Route plumbing of the organisation's side of change requests: the form of a new request
 * (/panel/umowy/:id/zmiana, prefilled with the contract's current values; its row buttons and
 * "Sprawdź zmiany" save nothing) and one request's page (/panel/umowy/:id/zmiany/:changeId, with
 * its withdrawal).
 */

type Context = Readonly<RouterContextProvider>;

const NOTICES = ["submitted", "alreadySubmitted", "withdrawn"] as const;

export function changeNoticeOf(request: Request): string | null {
  const name = new URL(request.url).searchParams.get("komunikat");
  return NOTICES.includes(name as (typeof NOTICES)[number]) ? `annexes.notice.${name}` : null;
}

const refusal = (contractId: unknown) => ({ type: "contract", id: contractId });

/** The form with the contract's current values, or the 403/404 page. */
export async function loadChangeForm(context: Context, request: Request, contractId: string | undefined) {
  requireUser(context, request);
  const { db, tenantId, actor } = competitionDeps(context);
  const view = await orRefusalPage(
    context,
    getChangeForm({ db, tenantId, actor, contractId }),
    refusal(contractId),
  );
  return {
    contract: view.contract,
    can: view.can,
    values: changeFormValues(view.content),
    options: costTableOptions(view.content),
    actionNames: view.content.document.sections.task.actions.map((a) => a.name),
    allowedShiftBp: view.content.allowedShiftBp,
    grantAmount: view.content.grantAmount,
  };
}

/** A row added or removed, a preview, or the submission (redirect to the new request). */
export async function changeFormAction(context: Context, request: Request, contractId: string | undefined) {
  requireUser(context, request);
  const deps = competitionDeps(context);
  const posted = readChangeForm(await request.formData());
  const { intent, values, focus } = posted;
  await orRefusalPage(context, getChangeForm({ ...deps, contractId }), refusal(contractId));
  if (intent.kind === "addRow" || intent.kind === "removeRow")
    return data({ ok: true as const, values, focus, diff: null });
  return runAction(async () => {
    if (intent.kind === "preview") {
      const diff = await previewChangeRequest({ ...deps, contractId, input: posted.input });
      return data({ ok: true as const, values, focus, diff });
    }
    const result = await submitChangeRequest({ ...deps, contractId, input: posted.input });
    return redirectWithNotice(
      `/panel/umowy/${contractId}/zmiany/${result.id}`,
      result.repeated ? "alreadySubmitted" : "submitted",
    );
  }, values);
}

/** One request for the offerors' people, or the 403/404 page. */
export async function loadMemberChange(
  context: Context,
  request: Request,
  contractId: unknown,
  changeId: unknown,
) {
  requireUser(context, request);
  const { db, tenantId, actor } = competitionDeps(context);
  const view = await orRefusalPage(
    context,
    getMemberChangeRequest({ db, tenantId, actor, contractId, changeId }),
    refusal(contractId),
  );
  return { view, notice: changeNoticeOf(request) };
}

/** Withdraws the request (the only form of the page). */
export async function memberChangeAction(
  context: Context,
  request: Request,
  contractId: string | undefined,
  changeId: string | undefined,
) {
  requireUser(context, request);
  const { values } = await formValues(request);
  const deps = competitionDeps(context);
  // The request must be the person's to see before the form's content is read (403/404 first).
  await orRefusalPage(
    context,
    getMemberChangeRequest({ ...deps, contractId, changeId }),
    refusal(contractId),
  );
  if (values.intent !== "withdraw") throw data({ messageKey: "error.validation" }, { status: 400 });
  return runAction(async () => {
    await withdrawChangeRequest({ ...deps, contractId, changeId });
    return redirectWithNotice(`/panel/umowy/${contractId}/zmiany/${changeId}`, "withdrawn");
  }, values);
}
