import { Link } from "react-router";
import type { CompetitionSummary } from "~/domain/competitions/public-views";
import { formatDateTime } from "~/platform/format/dates";
import { formatMoney } from "~/platform/format/money";
import { useT } from "../../lib/shell";
import { CompetitionStatusBadge } from "./status-badge";

/** Competitions as a table: title (a link), department, status, deadline, funds. */
export function CompetitionsTable(props: {
  items: CompetitionSummary[];
  hrefFor: (id: string) => string;
  caption: string;
}) {
  const t = useT();
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("competition.field.title")}</th>
            <th scope="col">{t("competition.field.departmentId")}</th>
            <th scope="col">{t("competition.col.status")}</th>
            <th scope="col">{t("competition.field.offerDeadline")}</th>
            <th scope="col">{t("competition.col.funds")}</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link to={props.hrefFor(c.id)}>{c.title}</Link>
                <br />
                <small>{t(`org.area.${c.areaCode}`)}</small>
              </th>
              <td>{c.department.name}</td>
              <td>
                <CompetitionStatusBadge status={c.status} />
              </td>
              <td>{c.offerDeadline ? formatDateTime(c.offerDeadline) : "—"}</td>
              <td>{formatMoney(c.totalFunds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
