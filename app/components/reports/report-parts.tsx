import type { ReactNode } from "react";
import type { ReportTotals } from "~/domain/reports/calculations";
import type { ReportContent } from "~/domain/reports/content";
import { formatDate, formatDateTime } from "~/platform/format/dates";
import { formatMoney } from "~/platform/format/money";
import { formatPercent } from "~/platform/format/percent";
import { useT } from "../../lib/shell";

/** A report's status as a badge, in words (never colour alone). */
export function ReportStatusBadge({ status }: { status: string }) {
  const t = useT();
  return <span className={`badge badge--report-${status}`}>{t(`reports.status.${status}`)}</span>;
}

export function day(iso: string | null | undefined): string {
  return iso ? formatDate(`${iso}T12:00:00Z`) : "—";
}

interface ReportFactsReport {
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  status: string;
  remarks: string | null;
  correctionDueOn: string | null;
}

/** The report's facts: `lead` first (the task or the organisation), then the contract's number,
 * the period, the due date, the status and the grant paid; `children` adds more. */
export function ReportFacts(props: {
  lead: { label: string; value: string };
  contractNumber: string;
  report: ReportFactsReport;
  grantPaid: number;
  children?: ReactNode;
}) {
  const t = useT();
  const { report } = props;
  return (
    <dl className="facts">
      <dt>{props.lead.label}</dt>
      <dd>{props.lead.value}</dd>
      <dt>{t("reports.facts.contract")}</dt>
      <dd>{props.contractNumber}</dd>
      <dt>{t("reports.facts.period")}</dt>
      <dd>
        {day(report.periodStart)} – {day(report.periodEnd)}
      </dd>
      <dt>{t("reports.facts.dueOn")}</dt>
      <dd>{day(report.dueOn)}</dd>
      <dt>{t("reports.status.label")}</dt>
      <dd>
        <ReportStatusBadge status={report.status} />
      </dd>
      <dt>{t("reports.facts.grantPaid")}</dt>
      <dd>{formatMoney(props.grantPaid)}</dd>
      {props.children}
    </dl>
  );
}

/** The office's remarks on a returned report, with the deadline for the correction. */
export function ReturnedRemarks({ report }: { report: ReportFactsReport }) {
  const t = useT();
  if (report.status !== "returned" || !report.remarks) return null;
  return (
    <div className="notice notice--warning" role="status">
      <h2>{t("reports.remarks.heading")}</h2>
      <p className="prewrap">{report.remarks}</p>
      <p>{t("reports.remarks.deadline", { date: day(report.correctionDueOn) })}</p>
    </div>
  );
}

/** II.1: the cost lines planned against actual, the deviation, and the flag in words. */
export function CostTable(props: { content: ReportContent; totals: ReportTotals; allowedShiftBp: number }) {
  const t = useT();
  return (
    <table className="table">
      <caption>{t("reports.costs.caption", { shift: formatPercent(props.allowedShiftBp, true) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("reports.costs.no")}</th>
          <th scope="col">{t("reports.costs.name")}</th>
          <th scope="col">{t("reports.costs.planned")}</th>
          <th scope="col">{t("reports.costs.actual")}</th>
          <th scope="col">{t("reports.costs.deviation")}</th>
          <th scope="col">{t("reports.costs.deviationPercent")}</th>
          <th scope="col">{t("reports.costs.explanation")}</th>
        </tr>
      </thead>
      <tbody>
        {props.content.costLines.map((l, i) => {
          const d = props.totals.lines[i];
          return (
            <tr key={l.key} className={d?.flagged ? "row--flagged" : undefined}>
              <td>{l.key}</td>
              <th scope="row">{l.name}</th>
              <td className="num">{formatMoney(l.planned)}</td>
              <td className="num">{formatMoney(l.actual)}</td>
              <td className="num">{d ? formatMoney(d.amount) : "—"}</td>
              <td className="num">{formatPercent(d?.percentBp ?? null, true)}</td>
              <td>
                {d?.flagged ? <strong>{t("reports.costs.flagged")} </strong> : null}
                {l.explanation || (d?.flagged ? t("reports.costs.noExplanation") : "")}
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <td />
          <th scope="row">{t("reports.costs.total")}</th>
          <td className="num">{formatMoney(props.totals.planned)}</td>
          <td className="num">{formatMoney(props.totals.actual)}</td>
          <td className="num">{formatMoney(props.totals.actual - props.totals.planned)}</td>
          <td />
          <td />
        </tr>
      </tfoot>
    </table>
  );
}

/** II.2: the sources planned against actual, with the own contribution and its share. */
export function SourcesTable({ totals }: { totals: ReportTotals }) {
  const t = useT();
  const keys = ["grant", "financial", "personal", "inKind", "own", "total"] as const;
  return (
    <table className="table">
      <caption>{t("reports.sources.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("reports.sources.source")}</th>
          <th scope="col">{t("reports.costs.planned")}</th>
          <th scope="col">{t("reports.costs.actual")}</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => (
          <tr key={k}>
            <th scope="row">{t(`reports.sources.${k}`)}</th>
            <td className="num">{formatMoney(totals.sources.planned[k])}</td>
            <td className="num">{formatMoney(totals.sources.actual[k])}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t("reports.sources.ownShare")}</th>
          <td className="num">{formatPercent(totals.ownShareBp.planned, true)}</td>
          <td className="num">{formatPercent(totals.ownShareBp.actual, true)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** The submitted versions with their receipts, checksums and PDFs. */
export function VersionsTable(props: {
  versions: { id: string; number: number; receiptNumber: string; checksum: string; submittedAt: string }[];
  pdfBase: string;
}) {
  const t = useT();
  if (props.versions.length === 0) return <p>{t("reports.versions.none")}</p>;
  return (
    <table className="table">
      <caption>{t("reports.versions.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("reports.versions.number")}</th>
          <th scope="col">{t("reports.versions.receipt")}</th>
          <th scope="col">{t("reports.versions.submittedAt")}</th>
          <th scope="col">{t("reports.versions.checksum")}</th>
          <th scope="col">{t("reports.versions.pdf")}</th>
        </tr>
      </thead>
      <tbody>
        {props.versions.map((v) => (
          <tr key={v.id}>
            <td>{v.number}</td>
            <td>{v.receiptNumber}</td>
            <td>{formatDateTime(v.submittedAt)}</td>
            <td>
              <code>{v.checksum}</code>
            </td>
            <td>
              <a href={`${props.pdfBase}/wersje/${v.number}.pdf`} download>
                {t("reports.versions.download", { number: v.number })}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Part I read-only (the office's view of the submitted version). */
export function SubstantiveView({ content }: { content: ReportContent }) {
  const t = useT();
  return (
    <>
      <h3>{t("reports.substantive.achievement")}</h3>
      <p className="prewrap">{content.achievement || "—"}</p>
      <table className="table">
        <caption>{t("reports.substantive.actions")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("reports.substantive.action")}</th>
            <th scope="col">{t("reports.substantive.planned")}</th>
            <th scope="col">{t("reports.substantive.done")}</th>
          </tr>
        </thead>
        <tbody>
          {content.actions.map((a, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are the plan's positions, never reordered
            <tr key={`${i}-${a.name}`}>
              <th scope="row">{a.name}</th>
              <td>{a.planned}</td>
              <td>{a.done || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="table">
        <caption>{t("reports.substantive.indicators")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("reports.substantive.indicator")}</th>
            <th scope="col">{t("reports.substantive.planned")}</th>
            <th scope="col">{t("reports.substantive.achieved")}</th>
            <th scope="col">{t("reports.substantive.comment")}</th>
          </tr>
        </thead>
        <tbody>
          {content.indicators.map((x, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are the plan's positions, never reordered
            <tr key={`${i}-${x.name}`}>
              <th scope="row">{x.name}</th>
              <td>{x.planned}</td>
              <td>{x.achieved || "—"}</td>
              <td>{x.comment || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t("reports.substantive.beneficiaries")}: {content.beneficiaries ?? "—"}
      </p>
      <h3>{t("reports.substantive.deviations")}</h3>
      <p className="prewrap">{content.deviations || "—"}</p>
    </>
  );
}
