import { Link } from "react-router";
import { returnAccountText } from "~/domain/settlement/recipients";
import { formatDate } from "~/platform/format/dates";
import { formatMoney } from "~/platform/format/money";
import { readTenantSettings } from "~/platform/tenancy/settings";
import {
  ReturnsTable,
  SettlementLinesTable,
  SettlementSummary,
} from "../components/settlement/settlement-figures";
import { tenantContext } from "../lib/contexts";
import { loadMemberSettlement } from "../lib/settlement/settlement-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/panel.umowy.$id.rozliczenie";

/**
 * GET /panel/umowy/:id/rozliczenie — the settlement of the grant for the organisation, read-only:
 * the figures the office computed from the final report, and what to return by when (ufp art.
 * 251–252), with the returns recorded.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const view = await loadMemberSettlement(context, request, params.id);
  // The authority's account for returns (ufp art. 251), when the municipality has set one.
  return {
    ...view,
    returnAccount: returnAccountText(readTenantSettings(context.get(tenantContext).settings)),
  };
}

export default function MemberSettlementPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { contract, state, returnAccount } = loaderData;
  const title = t("settlement.title", { number: contract.number });
  const confirmed = state?.row?.computedAt ? state.row.refundTotal : null;
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        {contract.taskTitle} —{" "}
        <Link to={`/panel/umowy/${contract.id}`}>{t("settlement.backToContract")}</Link>
      </p>
      {!state ? (
        <p className="notice">{t("settlement.member.notYet")}</p>
      ) : (
        <>
          {state.row?.status === "closed" ? (
            <p className="notice">{t("settlement.closedNotice")}</p>
          ) : confirmed === null ? (
            <p className="notice">{t("settlement.member.notConfirmed")}</p>
          ) : state.principalOwed > 0 ? (
            <p className="notice">
              {t("settlement.member.toPay", {
                amount: formatMoney(state.principalOwed),
                dueOn: formatDate(state.dueOn),
                account: returnAccount
                  ? t("settlement.member.accountNumber", { account: returnAccount })
                  : t("settlement.member.account"),
              })}
            </p>
          ) : null}
          {state.interestOwed ? (
            <p className="notice">
              {t("settlement.member.interest", { amount: formatMoney(state.interestOwed) })}
            </p>
          ) : null}
          {state.figures ? (
            <>
              <h2>{t("settlement.lines.heading")}</h2>
              <SettlementLinesTable state={state} />
            </>
          ) : (
            <p>{t("settlement.noFinalReport")}</p>
          )}
          <h2>{t("settlement.summary.heading")}</h2>
          <SettlementSummary state={state} />
          <h2>{t("settlement.returns.heading")}</h2>
          <ReturnsTable state={state} />
        </>
      )}
    </>
  );
}
