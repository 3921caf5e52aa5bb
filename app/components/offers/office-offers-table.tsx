import { Link } from "react-router";
import { shareBp } from "~/domain/offers/calculations";
import type { CompetitionOffers } from "~/domain/offers/list-competition-offers";
import { formatMoney } from "~/platform/format/money";
import { formatPercent } from "~/platform/format/percent";
import { useT } from "../../lib/shell";
import { formatInstant } from "./format";
import { OfferStatusBadge } from "./offer-facts";

type Row = CompetitionOffers["offers"][number];
type Totals = CompetitionOffers["totals"];

const ownShare = (r: { ownContribution: number; totalCost: number }) =>
  formatPercent(shareBp({ part: r.ownContribution, whole: r.totalCost }), true);

/**
 * Requested grants against the competition's funds, in words first; the meter is a picture of
 * the same sentence (its accessible name is the sentence), so colour and length are never alone.
 */
export function OfficeFundsSummary({ requested, available }: { requested: number; available: number }) {
  const t = useT();
  const text = t("offersOffice.funds", {
    requested: formatMoney(requested),
    available: formatMoney(available),
  });
  const share = available > 0 ? formatPercent(shareBp({ part: requested, whole: available }), true) : null;
  return (
    <div className="office-funds">
      <p id="office-funds-text">
        <strong>{text}</strong>
        {share ? ` (${t("offersOffice.funds.share", { share })})` : null}
        {requested > available && available > 0 ? ` — ${t("offersOffice.funds.over")}` : null}
      </p>
      {available > 0 ? (
        <meter
          min={0}
          max={available}
          high={available}
          value={Math.min(requested, available)}
          aria-labelledby="office-funds-text"
          style={{ width: "100%", maxWidth: "30rem" }}
        >
          {text}
        </meter>
      ) : null}
    </div>
  );
}

/**
 * The offers of one competition for its department: each submitted (or withdrawn) offer with its
 * receipt, offerors, title, time of submission and the amounts of V, linked to the version as
 * frozen; a totals row over the offers that take part (withdrawn ones left out).
 */
export function OfficeOffersTable(props: { competitionTitle: string; offers: Row[]; totals: Totals }) {
  const t = useT();
  const { offers, totals } = props;
  if (offers.length === 0)
    return (
      <div className="notice">
        <p>{t("offersOffice.empty")}</p>
      </div>
    );
  return (
    <div className="table-scroll">
      <table>
        <caption>{t("offersOffice.caption", { title: props.competitionTitle })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("offersOffice.col.lp")}</th>
            <th scope="col">{t("offersOffice.col.receipt")}</th>
            <th scope="col">{t("offersOffice.col.offerors")}</th>
            <th scope="col">{t("offersOffice.col.title")}</th>
            <th scope="col">{t("offersOffice.col.status")}</th>
            <th scope="col">{t("offersOffice.col.submittedAt")}</th>
            <th scope="col">{t("offersOffice.th.totalCost")}</th>
            <th scope="col">{t("offersOffice.th.grant")}</th>
            <th scope="col">{t("offersOffice.th.own")}</th>
            <th scope="col">{t("offersOffice.th.ownShare")}</th>
            <th scope="col">{t("offersOffice.col.document")}</th>
          </tr>
        </thead>
        <tbody>
          {offers.map((o, i) => (
            <tr key={o.offerId}>
              <td>{i + 1}</td>
              <td>{o.receiptNumber}</td>
              <td>
                {o.organizations[0] ?? "—"}
                {o.organizations.length > 1 ? (
                  <>
                    <br />
                    <small>
                      {t("offersOffice.partners", { names: o.organizations.slice(1).join(", ") })}
                    </small>
                  </>
                ) : null}
              </td>
              <th scope="row">{o.title || t("offers.untitled")}</th>
              <td>
                <OfferStatusBadge status={o.status} />
              </td>
              <td>{formatInstant(o.submittedAt)}</td>
              <td className="money">{formatMoney(o.totalCost)}</td>
              <td className="money">{formatMoney(o.requestedGrant)}</td>
              <td className="money">{formatMoney(o.ownContribution)}</td>
              <td className="money">{ownShare(o)}</td>
              <td>
                <Link
                  to={`/urzad/oferty/${o.offerId}/wersje/${o.versionNumber}`}
                  aria-label={t("offersOffice.openVersionOf", {
                    number: o.versionNumber,
                    receipt: o.receiptNumber,
                  })}
                >
                  {t("offersOffice.openVersion", { number: o.versionNumber })}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={6}>
              {t("offersOffice.totals", { count: totals.count, withdrawn: totals.withdrawn })}
            </th>
            <td className="money">{formatMoney(totals.totalCost)}</td>
            <td className="money">{formatMoney(totals.requestedGrant)}</td>
            <td className="money">{formatMoney(totals.ownContribution)}</td>
            <td className="money">{ownShare(totals)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
