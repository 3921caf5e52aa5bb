import type { RouterContextProvider } from "react-router";
import { closeSettlement } from "~/domain/settlement/close-settlement";
import { confirmSettlement } from "~/domain/settlement/confirm-settlement";
import { getMemberSettlement } from "~/domain/settlement/get-member-settlement";
import { getOfficeSettlement } from "~/domain/settlement/get-office-settlement";
import { markIneligible } from "~/domain/settlement/mark-ineligible";
import { recordReturn } from "~/domain/settlement/record-return";
import { removeIneligible } from "~/domain/settlement/remove-ineligible";
import { setBankInterest } from "~/domain/settlement/set-bank-interest";
import { competitionDeps, requireCompetitionOffice } from "../competitions/competitions-route.server";
import { formValues } from "../evaluation/office.server";
import { requireUser } from "../guards.server";
import { orRefusalPage, redirectWithNotice, runAction } from "../http.server";

/*
 * Route plumbing of the settlement: the office's page (/urzad/umowy/:id/rozliczenie) with its
 * forms (mark or unmark a line's ineligible cost, bank interest, confirm, record a return, close),
 * and the organisation's read-only page (/panel/umowy/:id/rozliczenie).
 */

type Context = Readonly<RouterContextProvider>;

const NOTICES = ["marked", "unmarked", "interestSet", "confirmed", "returnRecorded", "closed"] as const;
type SettlementNotice = (typeof NOTICES)[number];

function noticeOf(request: Request): string | null {
  const name = new URL(request.url).searchParams.get("komunikat");
  return NOTICES.includes(name as SettlementNotice) ? `settlement.notice.${name}` : null;
}

/** The settlement for the office, or the 403/404 page. */
export async function loadOfficeSettlement(context: Context, request: Request, contractId: unknown) {
  requireCompetitionOffice(context, request);
  const deps = competitionDeps(context);
  const view = await orRefusalPage(context, getOfficeSettlement({ ...deps, contractId }), {
    type: "contract",
    id: contractId,
  });
  return { view, notice: noticeOf(request) };
}

/** The office's forms, told apart by `intent`. */
export async function officeSettlementAction(
  context: Context,
  request: Request,
  contractId: string | undefined,
) {
  requireCompetitionOffice(context, request);
  const { values } = await formValues(request);
  const options = { ...competitionDeps(context), contractId };
  const page = `/urzad/umowy/${contractId}/rozliczenie`;
  const done = (notice: SettlementNotice) => redirectWithNotice(page, notice);
  const intent = values.intent ?? "";
  const act = async (): Promise<SettlementNotice | null> => {
    switch (intent) {
      case "mark":
        await markIneligible({
          ...options,
          input: { lineKey: values.lineKey ?? "", amount: values.amount ?? "", reason: values.reason ?? "" },
        });
        return "marked";
      case "unmark":
        await removeIneligible({ ...options, input: { lineKey: values.lineKey ?? "" } });
        return "unmarked";
      case "bankInterest":
        await setBankInterest({ ...options, input: { bankInterest: values.bankInterest ?? "" } });
        return "interestSet";
      case "confirm":
        await confirmSettlement(options);
        return "confirmed";
      case "return":
        await recordReturn({
          ...options,
          input: {
            kind: (values.kind ?? "") as "principal",
            amount: values.amount ?? "",
            paidOn: values.paidOn ?? "",
            note: values.note ?? "",
          },
        });
        return "returnRecorded";
      case "close":
        await closeSettlement(options);
        return "closed";
      default:
        // Nothing to do, but someone without the right still gets their refusal.
        await getOfficeSettlement(options);
        return null;
    }
  };
  try {
    return await runAction(async () => {
      const notice = await act();
      return notice ? done(notice) : redirectWithNotice(page, "none");
    }, values);
  } catch (error) {
    return orRefusalPage(context, Promise.reject(error), { type: "contract", id: contractId });
  }
}

/** The settlement as the organisation sees it (read-only), or the 403/404 page. */
export async function loadMemberSettlement(context: Context, request: Request, contractId: unknown) {
  const { user } = requireUser(context, request);
  const { db, clock, tenantId } = competitionDeps(context);
  return orRefusalPage(context, getMemberSettlement({ db, clock, tenantId, userId: user.id, contractId }), {
    type: "contract",
    id: contractId,
  });
}
