import { Link } from "react-router";
import type { MyOffer } from "~/domain/offers/list-my-offers";
import { formatDateTime } from "~/platform/format/dates";
import { formatMoney } from "~/platform/format/money";
import { useT } from "../../lib/shell";
import { OfferStatusBadge } from "./offer-facts";

/** The person's offers: competition, title, organisation, status, grant asked, deadline, receipt. */
export function OffersTable({ offers }: { offers: MyOffer[] }) {
  const t = useT();
  if (offers.length === 0)
    return (
      <div className="notice">
        <p>{t("offers.my.empty")}</p>
        <p>
          <Link to="/konkursy">{t("offers.my.findCompetition")}</Link>
        </p>
      </div>
    );
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t("offers.my.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("offers.col.title")}</th>
            <th scope="col">{t("offers.col.competition")}</th>
            <th scope="col">{t("offers.col.organization")}</th>
            <th scope="col">{t("offers.col.status")}</th>
            <th scope="col">{t("offers.col.grant")}</th>
            <th scope="col">{t("offers.col.deadline")}</th>
            <th scope="col">{t("offers.col.receipt")}</th>
          </tr>
        </thead>
        <tbody>
          {offers.map((o) => (
            <tr key={o.offerId}>
              <th scope="row">
                <Link to={`/panel/oferty/${o.offerId}`}>{o.title || t("offers.untitled")}</Link>
              </th>
              <td>
                <Link to={`/konkursy/${o.competitionId}`}>{o.competitionTitle}</Link>
              </td>
              <td>
                {o.organizationName}
                {o.asPartner ? ` (${t("offers.my.asPartner")})` : ""}
              </td>
              <td>
                <OfferStatusBadge status={o.status} />
              </td>
              <td className="money">{formatMoney(o.requestedGrant)}</td>
              <td>{o.offerDeadline ? formatDateTime(o.offerDeadline) : "—"}</td>
              <td>{o.receiptNumber ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
