import { apiJson, apiOtherMethods } from "../lib/api.server";
import { tenantContext } from "../lib/contexts";
import { openApiDocument } from "../lib/openapi.server";
import type { Route } from "./+types/api.v1.openapi[.]json";

/** GET /api/v1/openapi.json — the OpenAPI 3.1 document of the open-data API. */
export function loader({ request, context }: Route.LoaderArgs) {
  const origin = new URL(request.url).origin;
  return apiJson(openApiDocument({ origin, tenantName: context.get(tenantContext).name }));
}

export const action = apiOtherMethods;
