import { queryObject } from "~/domain/competitions/list-public-competitions";
import { GrantsQuerySchema, toApiGrant } from "~/domain/results/api-schemas";
import { listGrants } from "~/domain/results/list-grants";
import { apiBadRequest, apiJson, apiOtherMethods } from "../lib/api.server";
import { servicesContext, tenantContext } from "../lib/contexts";
import type { Route } from "./+types/api.v1.grants";

/** GET /api/v1/grants?year=&page=&pageSize= — grants awarded in published results, by the year of the decision. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const parsed = GrantsQuerySchema.safeParse(queryObject(new URL(request.url).searchParams));
  if (!parsed.success)
    return apiBadRequest(
      parsed.error.issues.map((i) => ({ parameter: String(i.path[0] ?? ""), messageKey: i.message })),
    );
  const { db, clock } = context.get(servicesContext);
  const result = await listGrants({ db, clock, tenantId: context.get(tenantContext).id, query: parsed.data });
  return apiJson({ ...result, items: result.items.map(toApiGrant) });
}

export const action = apiOtherMethods;
