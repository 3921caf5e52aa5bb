import type { RouterContextProvider } from "react-router";
import { decideChangeRequest } from "~/domain/annexes/decide-change-request";
import { getOfficeChangeRequest } from "~/domain/annexes/get-change-request";
import { competitionDeps, requireCompetitionOffice } from "../competitions/competitions-route.server";
import { formValues } from "../evaluation/office.server";
import { orRefusalPage, redirectWithNotice, runAction } from "../http.server";

/*
 * Route plumbing of the office's side of change requests (/urzad/umowy/:id/zmiany/:changeId: the
 * difference and the decision). The domain's policy refuses other departments (403).
 */

type Context = Readonly<RouterContextProvider>;

const NOTICES = ["approved", "rejected"] as const;

function officeNoticeOf(request: Request): string | null {
  const name = new URL(request.url).searchParams.get("komunikat");
  return NOTICES.includes(name as (typeof NOTICES)[number]) ? `annexes.notice.${name}` : null;
}

/** The request for the office, or the 403/404 page. */
export async function loadOfficeChange(
  context: Context,
  request: Request,
  contractId: unknown,
  changeId: unknown,
) {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, tenantId } = competitionDeps(context);
  const view = await orRefusalPage(
    context,
    getOfficeChangeRequest({ db, tenantId, staffRoles, contractId, changeId }),
    { type: "contract", id: contractId },
  );
  return { view, notice: officeNoticeOf(request) };
}

/** The officer's decision: approve (the annex is drawn up), or reject with remarks. */
export async function officeChangeAction(
  context: Context,
  request: Request,
  contractId: string | undefined,
  changeId: string | undefined,
) {
  requireCompetitionOffice(context, request);
  const { values } = await formValues(request);
  const deps = competitionDeps(context);
  try {
    return await runAction(async () => {
      const result = await decideChangeRequest({
        ...deps,
        contractId,
        changeId,
        input: { decision: values.decision, remarks: values.remarks ?? "" },
      });
      return redirectWithNotice(`/urzad/umowy/${contractId}/zmiany/${changeId}`, result.status);
    }, values);
  } catch (error) {
    return orRefusalPage(context, Promise.reject(error), { type: "contract", id: contractId });
  }
}
