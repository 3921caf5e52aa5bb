import { Link } from "react-router";
import { formatDate } from "~/platform/format/dates";
import { formatMoney } from "~/platform/format/money";
import { useT } from "../../lib/shell";
import { ContractStatusBadge } from "./contract-page-status";

export interface ContractListRow {
  id: string;
  number: string;
  status: string;
  taskTitle: string;
  organizationName: string;
  competitionTitle: string;
  grantAmount: number;
  paid: number;
  taskStart: string;
  taskEnd: string;
}

/** Contracts as a table: number (the link), organisation, task, period, grant, paid, status. */
export function ContractPageList(props: {
  rows: ContractListRow[];
  base: "/urzad" | "/panel";
  caption: string;
}) {
  const t = useT();
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("contracts.list.number")}</th>
            <th scope="col">{t("contracts.list.organization")}</th>
            <th scope="col">{t("contracts.list.task")}</th>
            <th scope="col">{t("contracts.list.period")}</th>
            <th scope="col">{t("contracts.list.grant")}</th>
            <th scope="col">{t("contracts.list.paid")}</th>
            <th scope="col">{t("contracts.list.status")}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link to={`${props.base}/umowy/${r.id}`}>{r.number}</Link>
              </th>
              <td>{r.organizationName}</td>
              <td>
                {r.taskTitle}
                <br />
                <small>{r.competitionTitle}</small>
              </td>
              <td>
                {formatDate(r.taskStart)} – {formatDate(r.taskEnd)}
              </td>
              <td className="num">{formatMoney(r.grantAmount)}</td>
              <td className="num">{formatMoney(r.paid)}</td>
              <td>
                <ContractStatusBadge status={r.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
