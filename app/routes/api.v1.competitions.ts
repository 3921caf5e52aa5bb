import { type ApiCompetitionSummary, toApiSummary } from "~/domain/competitions/api-schemas";
import {
  listPublicCompetitions,
  PublicCompetitionQuerySchema,
  queryObject,
} from "~/domain/competitions/list-public-competitions";
import { absoluteUrl, apiBadRequest, apiJson, apiOtherMethods } from "../lib/api.server";
import { servicesContext, tenantContext } from "../lib/contexts";
import type { Route } from "./+types/api.v1.competitions";

/**
 * GET /api/v1/competitions — published (and later) competitions as JSON, with the portal's filters
 * (status=open|evaluation|resolved|cancelled, area, department, year, page). Drafts never appear.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const parsed = PublicCompetitionQuerySchema.safeParse(queryObject(new URL(request.url).searchParams));
  if (!parsed.success)
    return apiBadRequest(
      parsed.error.issues.map((i) => ({ parameter: String(i.path[0] ?? ""), messageKey: i.message })),
    );
  const result = await listPublicCompetitions({
    db: context.get(servicesContext).db,
    tenantId: context.get(tenantContext).id,
    query: parsed.data,
  });
  const base = absoluteUrl(request);
  const items: ApiCompetitionSummary[] = result.items.map((c) => toApiSummary(c, base));
  return apiJson({
    items,
    page: result.page,
    pageCount: result.pageCount,
    pageSize: result.pageSize,
    total: result.total,
  });
}

export const action = apiOtherMethods;
