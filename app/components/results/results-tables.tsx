import type { PublicResults } from "~/domain/results/get-public-results";
import type { ResultDecision, ResultRow } from "~/domain/results/read-results";
import { formatDate, formatDateTime } from "~/platform/format/dates";
import { formatMoney } from "~/platform/format/money";
import { useT } from "../../lib/shell";

/** A mean score in hundredths as "52,50" (or a dash when the offer was not scored). */
export function formatScore(hundredths: number | null): string {
  if (hundredths === null) return "—";
  return (hundredths / 100).toFixed(2).replace(".", ",");
}

/** The decision and every correction: number, date, when recorded and, for a correction, why. */
export function DecisionsList({ decisions }: { decisions: readonly ResultDecision[] }) {
  const t = useT();
  return (
    <ul className="results-decisions">
      {decisions.map((d) => (
        <li key={d.id}>
          {d.kind === "correction" ? <strong>{t("results.decision.correctionLabel")} </strong> : null}
          {t("results.decision.line", { number: d.number, date: formatDate(d.decisionDate) })}{" "}
          <span className="field__hint">
            {t("results.decision.recordedAt", { at: formatDateTime(d.recordedAt) })}
          </span>
          {d.reason ? (
            <>
              <br />
              {t("results.decision.reason", { reason: d.reason })}
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** One group's table (funded, not funded, …) with a caption and header cells scoped. */
function GroupTable({ status, rows }: { status: ResultRow["status"]; rows: readonly ResultRow[] }) {
  const t = useT();
  const funded = status === "funded";
  return (
    <div className="table-scroll">
      <table>
        <caption>
          {t("results.group.caption", { group: t(`results.status.${status}`), count: rows.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("results.col.organization")}</th>
            <th scope="col">{t("results.col.register")}</th>
            <th scope="col">{t("results.col.title")}</th>
            <th scope="col">{t("results.col.requested")}</th>
            {funded ? <th scope="col">{t("results.col.awarded")}</th> : null}
            <th scope="col">{t("results.col.score")}</th>
            <th scope="col">{t("results.col.correction")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.offerId}>
              <th scope="row">{r.organizationName}</th>
              <td>{r.registerNumber || "—"}</td>
              <td>{r.offerTitle}</td>
              <td className="num">{formatMoney(r.requestedAmount)}</td>
              {funded ? <td className="num">{formatMoney(r.awardedAmount)}</td> : null}
              <td className="num">{formatScore(r.scoreHundredths)}</td>
              <td>
                {r.correction
                  ? t("results.correction.short", {
                      number: r.correction.number,
                      date: formatDate(r.correction.decisionDate),
                    })
                  : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every non-empty group in order, with the totals. */
export function ResultsTables({ results }: { results: Pick<PublicResults, "groups" | "totals"> }) {
  const t = useT();
  return (
    <>
      <dl className="facts">
        <dt>{t("results.totals.awarded")}</dt>
        <dd>{formatMoney(results.totals.awarded)}</dd>
        <dt>{t("results.totals.funded")}</dt>
        <dd>
          {t("results.totals.fundedOf", { funded: results.totals.fundedCount, count: results.totals.count })}
        </dd>
      </dl>
      {results.groups
        .filter((g) => g.rows.length > 0)
        .map((g) => (
          <GroupTable key={g.status} status={g.status} rows={g.rows} />
        ))}
    </>
  );
}
