import { Link } from "react-router";
import type { ChangeDiff } from "~/domain/annexes/rules";
import { formatDate } from "~/platform/format/dates";
import { formatMoney } from "~/platform/format/money";
import { ChangeDiffTables, ShiftNotice } from "../components/annexes/change-diff";
import { AnnexFiles, ChangeFacts } from "../components/annexes/change-status";
import { DecisionForm } from "../components/decision-form";
import { Notice } from "../components/organizations/form-parts";
import { loadOfficeChange, officeChangeAction } from "../lib/annexes/office.server";
import type { ActionFailure } from "../lib/http.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.umowy.$id.zmiany.$changeId";

/**
 * GET /urzad/umowy/:id/zmiany/:changeId — a change request for the officer of the competition's
 * department: the difference against the version it was made on (the fields before → after, the
 * cost lines with their change in % and whether each stays within the allowed shift), and the
 * decision (approve: the annex is drawn up; reject with remarks). After approval, the annex's files.
 * A new task end before unpaid instalments is a warning, not a refusal.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return loadOfficeChange(context, request, params.id, params.changeId);
}

export async function action({ request, context, params }: Route.ActionArgs) {
  return officeChangeAction(context, request, params.id, params.changeId);
}

export default function OfficeChangePage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { view, notice } = loaderData;
  const refused = actionData && "ok" in actionData && !actionData.ok ? (actionData as ActionFailure) : null;
  const title = t("annexes.request.title", { number: view.contract.number });
  const base = `/urzad/umowy/${view.contract.id}`;
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        {view.contract.taskTitle} — <Link to={base}>{t("annexes.back")}</Link>
      </p>
      <Notice messageKey={notice} />
      <ChangeFacts request={view.request} />
      <h2>{t("annexes.diff.heading")}</h2>
      {view.stale ? (
        <p className="notice notice--warning" role="status">
          {t("annexes.office.stale")}
        </p>
      ) : null}
      <ShiftNotice diff={view.diff} />
      <LateInstalments late={view.diff.lateInstalments} />
      {view.diff.empty ? <p>{t("annexes.diff.none")}</p> : <ChangeDiffTables diff={view.diff} />}
      {view.annex ? <AnnexFiles base={base} number={view.annex.number} /> : null}
      {view.can.decide ? (
        <DecisionForm
          id="change-decide"
          heading={t("annexes.office.decide")}
          legend={t("annexes.office.decision")}
          decisions={[
            { value: "approve", label: t("annexes.office.approve") },
            { value: "reject", label: t("annexes.office.reject") },
          ]}
          remarksLabel={t("annexes.office.remarks")}
          remarksMaxLength={4000}
          submitLabel={t("annexes.office.submit")}
          refused={refused}
        />
      ) : null}
    </>
  );
}

/** The unpaid instalments planned after the new task end: a warning, the request may be approved. */
function LateInstalments({ late }: { late: ChangeDiff["lateInstalments"] }) {
  const t = useT();
  if (!late) return null;
  return (
    <div className="notice notice--warning" role="status">
      <p>{t("annexes.office.lateInstalments", { taskEnd: formatDate(late.taskEnd) })}</p>
      <ul>
        {late.instalments.map((i) => (
          <li key={i.position}>
            {t("annexes.office.lateInstalment", {
              position: i.position,
              amount: formatMoney(i.amount),
              date: formatDate(i.plannedOn),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
