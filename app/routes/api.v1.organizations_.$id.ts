import type { OrganizationResponse } from "~/domain/portal/api-schemas";
import { getPublicOrganization } from "~/domain/portal/get-public-organization";
import { isAppError } from "~/platform/errors/app-error";
import { absoluteUrl, apiJson, apiNotFound, apiOtherMethods } from "../lib/api.server";
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
    const body: OrganizationResponse = {
      ...organization,
      profileUrl: absoluteUrl(request, `/organizacje/${organization.id}`),
    };
    return apiJson(body);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return apiNotFound("portal.api.notFound");
    throw error;
  }
}

export const action = apiOtherMethods;
