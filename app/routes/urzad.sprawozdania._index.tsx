import { Link } from "react-router";
import { REPORT_FILTERS } from "~/domain/reports/list-office-reports";
import { day, ReportStatusBadge } from "../components/reports/report-parts";
import { loadOfficeReports } from "../lib/reports/office.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.sprawozdania._index";

/**
 * GET /urzad/sprawozdania — the reports of the office's contracts (an officer's department, or all
 * for a coordinator and an administrator): to verify, due soon, overdue; paged.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  return loadOfficeReports(context, request);
}

export default function OfficeReportsPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { rows, page, pages, total, filter } = loaderData;
  const href = (f: string, p = 1) => `/urzad/sprawozdania?filtr=${f}${p > 1 ? `&strona=${p}` : ""}`;
  return (
    <>
      <title>{`${t("reports.office.listTitle")} — ${tenant.name}`}</title>
      <h1>{t("reports.office.listTitle")}</h1>
      <nav aria-label={t("reports.office.filters")}>
        <ul className="tabs">
          {REPORT_FILTERS.map((f) => (
            <li key={f}>
              <Link to={href(f)} aria-current={f === filter ? "page" : undefined}>
                {t(`reports.filter.${f}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p>{t("reports.office.count", { count: total })}</p>
      {rows.length === 0 ? (
        <p>{t("reports.office.empty")}</p>
      ) : (
        <table className="table">
          <caption>{t(`reports.filter.${filter}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t("reports.facts.contract")}</th>
              <th scope="col">{t("reports.facts.organization")}</th>
              <th scope="col">{t("reports.facts.kind")}</th>
              <th scope="col">{t("reports.facts.period")}</th>
              <th scope="col">{t("reports.facts.dueOn")}</th>
              <th scope="col">{t("reports.status.label")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <Link to={`/urzad/sprawozdania/${r.id}`}>{r.contractNumber}</Link>
                  <br />
                  {r.taskTitle}
                </th>
                <td>{r.organizationName}</td>
                <td>{t(`reports.kind.${r.kind}`)}</td>
                <td>
                  {day(r.periodStart)} – {day(r.periodEnd)}
                </td>
                <td>
                  {day(r.dueOn)}
                  {r.status === "returned" && r.correctionDueOn
                    ? ` (${t("reports.office.correctionBy", { date: day(r.correctionDueOn) })})`
                    : ""}
                </td>
                <td>
                  <ReportStatusBadge status={r.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 ? (
        <nav aria-label={t("reports.office.pagination")}>
          <p>
            {page > 1 ? <Link to={href(filter, page - 1)}>{t("reports.office.previous")}</Link> : null}{" "}
            {t("reports.office.page", { page, pages })}{" "}
            {page < pages ? <Link to={href(filter, page + 1)}>{t("reports.office.next")}</Link> : null}
          </p>
        </nav>
      ) : null}
    </>
  );
}
