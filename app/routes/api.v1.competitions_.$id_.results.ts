import { toApiResult } from "~/domain/results/api-schemas";
import { getPublicResults } from "~/domain/results/get-public-results";
import { isAppError } from "~/platform/errors/app-error";
import { apiJson, apiNotFound, apiOtherMethods } from "../lib/api.server";
import { servicesContext, tenantContext } from "../lib/contexts";
import type { Route } from "./+types/api.v1.competitions_.$id_.results";

/**
 * GET /api/v1/competitions/{id}/results — the published results as a JSON list (funded first);
 * 404 for a competition that is not public or has no published results.
 */
export async function loader({ context, params }: Route.LoaderArgs) {
  const { db, clock } = context.get(servicesContext);
  try {
    const results = await getPublicResults({
      db,
      clock,
      tenantId: context.get(tenantContext).id,
      competitionId: params.id,
    });
    return apiJson(results.rows.map(toApiResult));
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return apiNotFound("results.api.notFound");
    throw error;
  }
}

export const action = apiOtherMethods;
