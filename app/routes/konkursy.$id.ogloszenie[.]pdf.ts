import { renderAnnouncementPdf } from "~/domain/competitions/announcement-pdf.server";
import { getPublicCompetition } from "~/domain/competitions/get-public-competition";
import { orCompetitionErrorPage } from "../lib/competitions/competitions-route.server";
import { servicesContext, tenantContext } from "../lib/contexts";
import type { Route } from "./+types/konkursy.$id.ogloszenie[.]pdf";

/** GET /konkursy/:id/ogloszenie.pdf — the announcement as PDF (published and later only). */
export async function loader({ context, params }: Route.LoaderArgs) {
  const { db } = context.get(servicesContext);
  const tenant = context.get(tenantContext);
  const competition = await orCompetitionErrorPage(
    context,
    getPublicCompetition({ db, tenantId: tenant.id, competitionId: params.id }),
    params.id,
  );
  const pdf = await renderAnnouncementPdf(competition, tenant.name);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="ogloszenie-konkursu-${competition.id}.pdf"`,
      "Cache-Control": "public, max-age=60",
    },
  });
}
