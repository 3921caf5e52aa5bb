import { type ApiNewsList, NewsQuerySchema, toApiNews } from "~/domain/news/api-schemas";
import { listPublishedNews } from "~/domain/news/list-published-news";
import { queryToObject } from "~/domain/portal/api-schemas";
import { absoluteUrl, apiBadRequest, apiJson, apiOtherMethods } from "../lib/api.server";
import { servicesContext, tenantContext } from "../lib/contexts";
import type { Route } from "./+types/api.v1.news";

/** GET /api/v1/news — published news, newest first, public fields only (see /api/v1/openapi.json). */
export async function loader({ request, context }: Route.LoaderArgs) {
  const parsed = NewsQuerySchema.safeParse(queryToObject(new URL(request.url).searchParams));
  if (!parsed.success)
    return apiBadRequest(
      parsed.error.issues.map((i) => ({ parameter: String(i.path[0] ?? ""), messageKey: i.message })),
    );
  const result = await listPublishedNews({
    db: context.get(servicesContext).db,
    tenantId: context.get(tenantContext).id,
    page: parsed.data.page,
    pageSize: parsed.data.pageSize,
  });
  const base = absoluteUrl(request, "/");
  const body: ApiNewsList = { ...result, items: result.items.map((item) => toApiNews(item, base)) };
  return apiJson(body);
}

export const action = apiOtherMethods;
