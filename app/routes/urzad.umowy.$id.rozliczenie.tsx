import { Link } from "react-router";
import { returnAccountText } from "~/domain/settlement/recipients";
import { formatMoney } from "~/platform/format/money";
import { formatPercent } from "~/platform/format/percent";
import { readTenantSettings } from "~/platform/tenancy/settings";
import { Notice } from "../components/organizations/form-parts";
import {
  ReturnsTable,
  SettlementLinesTable,
  SettlementSummary,
} from "../components/settlement/settlement-figures";
import {
  BankInterestForm,
  IneligibleForm,
  IntentButton,
  type Refused,
  ReturnForm,
} from "../components/settlement/settlement-forms";
import { tenantContext } from "../lib/contexts";
import { loadOfficeSettlement, officeSettlementAction } from "../lib/settlement/settlement-route.server";
import { translateError, useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.umowy.$id.rozliczenie";

/**
 * GET /urzad/umowy/:id/rozliczenie — the settlement of a grant for the office (PROCESS.md §4; UDPP
 * art. 18, ufp art. 251–252): the accepted final report's figures with the allowed shift, the
 * ineligible marks, the amount to return and its due date, the returns with interest for late
 * principal, and closing the file.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const page = await loadOfficeSettlement(context, request, params.id);
  // The authority's account for returns (ufp art. 251), when the municipality has set one.
  return {
    ...page,
    returnAccount: returnAccountText(readTenantSettings(context.get(tenantContext).settings)),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  return officeSettlementAction(context, request, params.id);
}

export default function OfficeSettlementPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { view, notice, returnAccount } = loaderData;
  const { contract, state } = view;
  const refused: Refused = actionData && "ok" in actionData && !actionData.ok ? actionData : null;
  const title = t("settlement.title", { number: contract.number });
  const manage = view.mayManage;
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        {contract.taskTitle} —{" "}
        <Link to={`/urzad/umowy/${contract.id}`}>{t("settlement.backToContract")}</Link>
      </p>
      <Notice messageKey={notice} />
      {refused ? (
        <div className="notice notice--error" role="alert">
          <p>{translateError(t, refused.messageKey)}</p>
        </div>
      ) : null}
      {state.row?.status === "closed" ? <p className="notice">{t("settlement.closedNotice")}</p> : null}
      {!state.figures ? (
        <p className="notice">{t("settlement.noFinalReport")}</p>
      ) : state.computationError ? (
        <p className="notice notice--error">{t(state.computationError)}</p>
      ) : (
        <>
          <h2>{t("settlement.lines.heading")}</h2>
          <p>{t("settlement.lines.shift", { shift: formatPercent(contract.allowedShiftBp) })}</p>
          <SettlementLinesTable
            state={state}
            lineExtra={
              manage
                ? (key, mark, actual) => (
                    <IneligibleForm lineKey={key} mark={mark} actual={actual} refused={refused} />
                  )
                : undefined
            }
          />
        </>
      )}
      <h2>{t("settlement.summary.heading")}</h2>
      <SettlementSummary state={state} />
      {state.changedSinceConfirmed ? <p className="notice">{t("settlement.changedNotice")}</p> : null}
      {manage && state.figures ? (
        <section aria-labelledby="settlement-confirm">
          <h2 id="settlement-confirm">{t("settlement.confirm.heading")}</h2>
          <BankInterestForm current={state.bankInterest} refused={refused} />
          <p>
            {t("settlement.confirm.text", {
              total: formatMoney(state.computation?.total ?? 0),
            })}
          </p>
          <IntentButton
            intent="confirm"
            label={t("settlement.confirm.submit")}
            disabledReason={
              state.computation ? null : t(state.computationError ?? "settlement.blocked.noFinalReport")
            }
          />
        </section>
      ) : null}
      <section aria-labelledby="settlement-returns">
        <h2 id="settlement-returns">{t("settlement.returns.heading")}</h2>
        {returnAccount ? <p>{t("settlement.returns.account", { account: returnAccount })}</p> : null}
        <ReturnsTable state={state} />
        {manage ? (
          <>
            <h3>{t("settlement.returns.record")}</h3>
            <ReturnForm refused={refused} />
          </>
        ) : null}
      </section>
      {manage ? (
        <section aria-labelledby="settlement-close">
          <h2 id="settlement-close">{t("settlement.close.heading")}</h2>
          <IntentButton
            intent="close"
            label={t("settlement.close.submit")}
            disabledReason={state.closeBlockedBy ? t(state.closeBlockedBy) : null}
          />
        </section>
      ) : null}
    </>
  );
}
