import { listPublishedNews } from "~/domain/news/list-published-news";
import { NEWS_MAX_PAGE } from "~/domain/news/rules";
import { FeedLinks, NewsList } from "../components/news/news-list";
import { Pagination } from "../components/organizations/pagination";
import { servicesContext, tenantContext } from "../lib/contexts";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/aktualnosci._index";
import "../components/news/news.css";

/** The page number of the address; anything that is not a sensible number is page 1. */
function pageOf(request: Request): number {
  const raw = Number(new URL(request.url).searchParams.get("strona") ?? "1");
  return Number.isInteger(raw) && raw >= 1 && raw <= NEWS_MAX_PAGE ? raw : 1;
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const result = await listPublishedNews({
    db: context.get(servicesContext).db,
    tenantId: context.get(tenantContext).id,
    page: pageOf(request),
  });
  return {
    ...result,
    items: result.items.map(({ body: _body, image: _image, ...summary }) => summary),
  };
}

export default function NewsIndex({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  return (
    <>
      <title>{`${t("news.list.title")} — ${tenant.name}`}</title>
      <h1>{t("news.list.title")}</h1>
      <p className="lead">{t("news.list.lead")}</p>
      <FeedLinks />
      <p>
        <a href="/aktualnosci/zglos">{t("news.link.submit")}</a>
      </p>
      <NewsList items={loaderData.items} />
      <Pagination
        page={loaderData.page}
        pageCount={loaderData.pageCount}
        hrefFor={(page) => `/aktualnosci?strona=${page}`}
      />
    </>
  );
}
