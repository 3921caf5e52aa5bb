import { Link } from "react-router";
import { OfferDocumentView } from "../components/offers/offer-document-view";
import { loadOfficeVersion } from "../lib/offers/office.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.oferty.$id.wersje.$numer";
import "../components/offers/offers.css";

/**
 * GET /urzad/oferty/:id/wersje/:numer — a submitted version exactly as frozen, with its receipt
 * and checksum, for the office staff of the competition's department; its PDF beside it.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const version = await loadOfficeVersion(context, request, params);
  return {
    offerId: version.offerId,
    number: version.number,
    document: version.document,
    receipt: {
      receiptNumber: version.receiptNumber,
      checksum: version.checksum,
      submittedAt: version.submittedAt,
    },
  };
}

export default function OfficeOfferVersion({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { document: doc, receipt, offerId, number } = loaderData;
  const offerTitle = doc.sections.task.title || t("offers.untitled");
  const leader = doc.offerors.find((o) => o.leader)?.name ?? doc.offerors[0]?.name ?? "";
  return (
    <>
      <title>{`${offerTitle} — ${receipt.receiptNumber} — ${tenant.name}`}</title>
      <h1>{t("offersOffice.version.title", { title: offerTitle })}</h1>
      <p>
        <Link to={`/urzad/konkursy/${doc.basics.competitionId}/oferty`}>
          {t("offersOffice.version.back", { competition: doc.basics.competitionTitle })}
        </Link>
      </p>
      <p>
        {t("offersOffice.version.lead", { number, leader })}{" "}
        <a href={`/urzad/oferty/${offerId}/wersje/${number}.pdf`} type="application/pdf">
          {t("offersOffice.version.pdf")}
        </a>
      </p>
      <OfferDocumentView document={doc} receipt={receipt} />
    </>
  );
}
