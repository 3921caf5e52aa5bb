import type { OrganizationListResponse } from "~/domain/portal/api-schemas";
import { parsePublicOrganizationQuery } from "~/domain/portal/api-schemas";
import { searchPublicOrganizations } from "~/domain/portal/search-public-organizations";
import { absoluteUrl, apiBadRequest, apiJson, apiOtherMethods } from "../lib/api.server";
import { servicesContext, tenantContext } from "../lib/contexts";
import type { Route } from "./+types/api.v1.organizations";

/** GET /api/v1/organizations — the public NGO base as JSON (see /api/v1/openapi.json). */
export async function loader({ request, context }: Route.LoaderArgs) {
  const parsed = parsePublicOrganizationQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return apiBadRequest(parsed.issues);
  const result = await searchPublicOrganizations({
    db: context.get(servicesContext).db,
    tenantId: context.get(tenantContext).id,
    search: parsed.data,
  });
  const body: OrganizationListResponse = {
    ...result,
    items: result.items.map((o) => ({ ...o, profileUrl: absoluteUrl(request, `/organizacje/${o.id}`) })),
  };
  return apiJson(body);
}

export const action = apiOtherMethods;
