import { Link } from "react-router";
import { OfficeFundsSummary, OfficeOffersTable } from "../components/offers/office-offers-table";
import { loadCompetitionOffers } from "../lib/offers/office.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.konkursy.$id.oferty";
import "../components/offers/offers.css";

/**
 * GET /urzad/konkursy/:id/oferty — the offers submitted in a competition, for the staff of its
 * department (an officer of another department gets 403, an unknown id 404; drafts are never here).
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return loadCompetitionOffers(context, request, params.id);
}

export default function OfficeCompetitionOffers({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { competition: c, offers, totals, available } = loaderData;
  const title = t("offersOffice.title");
  const base = `/urzad/konkursy/${c.id}/oferty`;
  return (
    <>
      <title>{`${title} — ${c.title} — ${tenant.name}`}</title>
      <h1>
        {title}: {c.title}
      </h1>
      <p>
        <Link to={`/urzad/konkursy/${c.id}`}>{t("offersOffice.back")}</Link>
      </p>
      <OfficeFundsSummary requested={totals.requestedGrant} available={available} />
      <OfficeOffersTable competitionTitle={c.title} offers={offers} totals={totals} />
      {offers.length > 0 ? (
        <p>
          {t("offersOffice.export")}{" "}
          <a href={`${base}.xlsx`} download>
            {t("offersOffice.export.xlsx")}
          </a>
          {" · "}
          <a href={`${base}.csv`} download>
            {t("offersOffice.export.csv")}
          </a>
        </p>
      ) : null}
    </>
  );
}
