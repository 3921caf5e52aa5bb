import type { ReactNode } from "react";
import type { SettlementState } from "~/domain/settlement/settlement-state";
import { formatDate } from "~/platform/format/dates";
import { formatMoney } from "~/platform/format/money";
import { useT } from "../../lib/shell";

/*
 * The settlement's figures as both sides see them: per cost line (planned, allowed with the shift,
 * actual, ineligible, over the shift), the summary (received, spent, unused, used against the
 * contract, bank interest, total, due date) and the ledger of returns. Read-only; the office's
 * page puts its forms beside them.
 */

type Marks = SettlementState["marks"];

/** The cost lines of the accepted final report with the settlement's computation. */
export function SettlementLinesTable({
  state,
  lineExtra,
}: {
  state: SettlementState;
  /** The office's form for a line (mark ineligible), shown in its own column. */
  lineExtra?: (key: string, mark: Marks[number] | undefined, actual: number) => ReactNode;
}) {
  const t = useT();
  const computation = state.computation;
  if (!state.figures || !computation) return null;
  const nameOf = new Map(state.figures.lines.map((l) => [l.key, l.name]));
  const markOf = new Map(state.marks.map((m) => [m.lineKey, m]));
  return (
    <div className="table-scroll">
      <table>
        <caption>{t("settlement.lines.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("settlement.lines.line")}</th>
            <th scope="col">{t("settlement.lines.planned")}</th>
            <th scope="col">{t("settlement.lines.allowed")}</th>
            <th scope="col">{t("settlement.lines.actual")}</th>
            <th scope="col">{t("settlement.lines.ineligible")}</th>
            <th scope="col">{t("settlement.lines.overShift")}</th>
            {lineExtra ? <th scope="col">{t("settlement.lines.actions")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {computation.lines.map((l) => {
            const mark = markOf.get(l.key);
            return (
              <tr key={l.key}>
                <th scope="row">
                  {l.key}. {nameOf.get(l.key)}
                </th>
                <td className="num">{formatMoney(l.planned)}</td>
                <td className="num">{formatMoney(l.allowed)}</td>
                <td className="num">{formatMoney(l.actual)}</td>
                <td className="num">
                  {formatMoney(l.ineligible)}
                  {mark ? <div className="hint">{mark.reason}</div> : null}
                </td>
                <td className="num">{formatMoney(l.overShift)}</td>
                {lineExtra ? <td>{lineExtra(l.key, mark, l.actual)}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The summary: what was received and spent, what is returned and by when. */
export function SettlementSummary({ state }: { state: SettlementState }) {
  const t = useT();
  const c = state.computation;
  const confirmed = state.row?.computedAt ? state.row.refundTotal : null;
  return (
    <dl className="facts">
      <dt>{t("settlement.summary.received")}</dt>
      <dd>{formatMoney(state.received)}</dd>
      {c ? (
        <>
          <dt>{t("settlement.summary.spent")}</dt>
          <dd>{formatMoney(c.grantSpent)}</dd>
          <dt>{t("settlement.summary.unused")}</dt>
          <dd>{formatMoney(c.unused)}</dd>
          <dt>{t("settlement.summary.overShift")}</dt>
          <dd>{formatMoney(c.overShift)}</dd>
          <dt>{t("settlement.summary.ineligible")}</dt>
          <dd>{formatMoney(c.ineligible)}</dd>
          <dt>{t("settlement.summary.usedAgainst")}</dt>
          <dd>{formatMoney(c.usedAgainstContract)}</dd>
          <dt>{t("settlement.summary.bankInterest")}</dt>
          <dd>{formatMoney(c.bankInterest)}</dd>
          <dt>{t("settlement.summary.total")}</dt>
          <dd>
            <strong>{formatMoney(c.total)}</strong>
          </dd>
        </>
      ) : null}
      <dt>{t("settlement.summary.confirmed")}</dt>
      <dd>{confirmed === null ? t("settlement.summary.notConfirmed") : formatMoney(confirmed)}</dd>
      <dt>{t("settlement.summary.dueOn")}</dt>
      <dd>{formatDate(state.dueOn)}</dd>
      <dt>{t("settlement.summary.principalOwed")}</dt>
      <dd>{formatMoney(state.principalOwed)}</dd>
      <dt>{t("settlement.summary.interestOwed")}</dt>
      <dd>
        {state.interestOwed === null ? t("settlement.summary.noRates") : formatMoney(state.interestOwed)}
      </dd>
      {state.accruing ? (
        <>
          <dt>{t("settlement.summary.accruing")}</dt>
          <dd>{formatMoney(state.accruing)}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** The returns recorded, with the interest due on a late principal. */
export function ReturnsTable({ state }: { state: SettlementState }) {
  const t = useT();
  if (state.returns.length === 0) return <p>{t("settlement.returns.none")}</p>;
  const lateOf = new Map(state.lateReturns.map((l) => [l.returnId, l]));
  return (
    <div className="table-scroll">
      <table>
        <caption>{t("settlement.returns.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("settlement.returns.paidOn")}</th>
            <th scope="col">{t("settlement.returns.kind")}</th>
            <th scope="col">{t("settlement.returns.amount")}</th>
            <th scope="col">{t("settlement.returns.lateInterest")}</th>
            <th scope="col">{t("settlement.returns.note")}</th>
          </tr>
        </thead>
        <tbody>
          {state.returns.map((r) => {
            const late = lateOf.get(r.id);
            return (
              <tr key={r.id}>
                <th scope="row">{formatDate(r.paidOn)}</th>
                <td>{t(`settlement.returns.kind.${r.kind}`)}</td>
                <td className="num">{formatMoney(r.amount)}</td>
                <td>
                  {late
                    ? t("settlement.returns.late", { days: late.days, amount: formatMoney(late.amount) })
                    : "—"}
                </td>
                <td>{r.note}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
