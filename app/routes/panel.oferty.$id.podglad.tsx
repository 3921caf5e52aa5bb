import { getOfferPreview } from "~/domain/offers/get-offer-preview";
import { OfferDocumentView } from "../components/offers/offer-document-view";
import { OfferBreadcrumbs, SectionNav } from "../components/offers/offer-nav";
import { requireUser } from "../lib/guards.server";
import { offerDeps, orOfferErrorPage } from "../lib/offers/offers-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/panel.oferty.$id.podglad";
import "../components/offers/offers.css";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = requireUser(context, request);
  const { db, tenantId } = offerDeps(context);
  const preview = await orOfferErrorPage(
    context,
    getOfferPreview({ db, tenantId, userId: user.id, offerId: params.id }),
    params.id,
  );
  return { id: params.id, document: preview.document };
}

export default function OfferPreview({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { document: doc, id } = loaderData;
  const offerTitle = doc.sections.task.title;
  const title = t("offers.preview.title");
  return (
    <>
      <title>{`${title} — ${offerTitle || t("offers.untitled")} — ${tenant.name}`}</title>
      <OfferBreadcrumbs offerId={id} offerTitle={offerTitle} current={title} />
      <h1>{title}</h1>
      <SectionNav offerId={id} />
      <p>
        {t("offers.preview.lead")}{" "}
        <a href={`/panel/oferty/${id}/podglad.pdf`} type="application/pdf">
          {t("offers.preview.pdf")}
        </a>
      </p>
      <OfferDocumentView document={doc} receipt={null} />
    </>
  );
}
