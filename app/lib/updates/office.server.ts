import type { RouterContextProvider } from "react-router";
import { decideUpdate } from "~/domain/updates/decide-update";
import { getOfficeUpdate } from "~/domain/updates/get-office-update";
import { competitionDeps, requireCompetitionOffice } from "../competitions/competitions-route.server";
import { formValues } from "../evaluation/office.server";
import { orRefusalPage, redirectWithNotice, runAction } from "../http.server";

/*
 * Route plumbing of the office's side of the update after the award
 * (/urzad/oferty/:id/aktualizacja): the update against the submitted version, and the decision
 * form (accept, or return with remarks). The domain's policy refuses other departments (403).
 */

type Context = Readonly<RouterContextProvider>;

const NOTICES = ["accepted", "returned"] as const;

export function officeUpdateNoticeOf(request: Request): string | null {
  const name = new URL(request.url).searchParams.get("komunikat");
  return NOTICES.includes(name as (typeof NOTICES)[number]) ? `updates.notice.${name}` : null;
}

/** The update for the office, or the 403/404 page. */
export async function loadOfficeUpdate(context: Context, request: Request, offerId: unknown) {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, tenantId, actor } = competitionDeps(context);
  const view = await orRefusalPage(context, getOfficeUpdate({ db, tenantId, actor, staffRoles, offerId }), {
    type: "offer",
    id: offerId,
  });
  return { view, notice: officeUpdateNoticeOf(request) };
}

/** The officer's decision: accept, or return with remarks. */
export async function officeUpdateAction(context: Context, request: Request, offerId: string | undefined) {
  requireCompetitionOffice(context, request);
  const { values } = await formValues(request);
  const deps = competitionDeps(context);
  try {
    return await runAction(async () => {
      const result = await decideUpdate({
        ...deps,
        offerId,
        input: { decision: values.decision as "accept", remarks: values.remarks ?? "" },
      });
      return redirectWithNotice(`/urzad/oferty/${offerId}/aktualizacja`, result.status);
    }, values);
  } catch (error) {
    return orRefusalPage(context, Promise.reject(error), { type: "offer", id: offerId });
  }
}
