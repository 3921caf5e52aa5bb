import { toApiDetail } from "~/domain/competitions/api-schemas";
import { getPublicCompetition } from "~/domain/competitions/get-public-competition";
import { isAppError } from "~/platform/errors/app-error";
import { absoluteUrl, apiJson, apiNotFound, apiOtherMethods } from "../lib/api.server";
import { servicesContext, tenantContext } from "../lib/contexts";
import type { Route } from "./+types/api.v1.competitions_.$id";

/** GET /api/v1/competitions/{id} — one announcement as JSON; 404 for drafts, unknown ids and other tenants. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  try {
    const competition = await getPublicCompetition({
      db: context.get(servicesContext).db,
      tenantId: context.get(tenantContext).id,
      competitionId: params.id,
    });
    return apiJson(toApiDetail(competition, absoluteUrl(request)));
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return apiNotFound("competition.api.notFound");
    throw error;
  }
}

export const action = apiOtherMethods;
