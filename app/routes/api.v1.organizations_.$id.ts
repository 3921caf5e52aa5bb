import type { OrganizationResponse } from "~/domain/portal/api-schemas";
import { getPublicOrganization } from "~/domain/portal/get-public-organization";
import { isAppError } from "~/platform/errors/app-error";
import { apiJson, apiNotFound, apiOtherMethods, profileUrl } from "../components/portal/api.server";
import { servicesContext, tenantContext } from "../lib/contexts";
import type { Route } from "./+types/api.v1.organizations_.$id";

/** GET /api/v1/organizations/{id} — one organisation's public profile (404 unless verified here). */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  try {
    const organization = await getPublicOrganization({
      db: context.get(servicesContext).db,
      tenantId: context.get(tenantContext).id,
      organizationId: params.id,
    });
    const body: OrganizationResponse = { ...organization, profileUrl: profileUrl(request, organization.id) };
    return apiJson(body);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return apiNotFound();
    throw error;
  }
}

export const action = apiOtherMethods;
