import { formatDate } from "~/platform/format/dates";
import { formatMoney } from "~/platform/format/money";
import { useT } from "../../lib/shell";

export interface InstalmentRow {
  position: number;
  year: number;
  plannedOn: string;
  plannedAmount: number;
  paidOn: string | null;
  paidAmount: number | null;
}

/** The instalment ledger: planned against paid, with the computed totals in the footer. */
export function InstalmentLedger(props: {
  instalments: InstalmentRow[];
  totals: { planned: number; paid: number };
}) {
  const t = useT();
  return (
    <section aria-labelledby="instalments-title">
      <h2 id="instalments-title">{t("contracts.instalments.title")}</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("contracts.instalments.position")}</th>
              <th scope="col">{t("contracts.instalments.plannedOn")}</th>
              <th scope="col">{t("contracts.instalments.plannedAmount")}</th>
              <th scope="col">{t("contracts.instalments.paidOn")}</th>
              <th scope="col">{t("contracts.instalments.paidAmount")}</th>
            </tr>
          </thead>
          <tbody>
            {props.instalments.map((i) => (
              <tr key={i.position}>
                <th scope="row">{t("contracts.instalments.name", { n: i.position, year: i.year })}</th>
                <td>{formatDate(i.plannedOn)}</td>
                <td className="num">{formatMoney(i.plannedAmount)}</td>
                <td>{i.paidOn ? formatDate(i.paidOn) : t("contracts.instalments.unpaid")}</td>
                <td className="num">{i.paidAmount === null ? "—" : formatMoney(i.paidAmount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t("contracts.instalments.total")}
              </th>
              <td className="num">{formatMoney(props.totals.planned)}</td>
              <td />
              <td className="num">{formatMoney(props.totals.paid)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
