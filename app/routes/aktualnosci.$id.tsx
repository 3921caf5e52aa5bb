import { Link } from "react-router";
import { getPublishedNews } from "~/domain/news/get-published-news";
import { NewsArticle } from "../components/news/news-article";
import { FeedLinks } from "../components/news/news-list";
import { servicesContext, tenantContext } from "../lib/contexts";
import { orNewsErrorPage } from "../lib/news/news-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/aktualnosci.$id";
import "../components/news/news.css";

export async function loader({ params, context }: Route.LoaderArgs) {
  const item = await orNewsErrorPage(
    context,
    getPublishedNews({
      db: context.get(servicesContext).db,
      tenantId: context.get(tenantContext).id,
      newsId: params.id,
    }),
    params.id,
  );
  return { item };
}

export default function NewsPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { item } = loaderData;
  return (
    <>
      <title>{`${item.title} — ${t("news.list.title")} — ${tenant.name}`}</title>
      <p>
        <Link to="/aktualnosci">{t("news.page.back")}</Link>
      </p>
      <h1>{item.title}</h1>
      <NewsArticle item={item} />
      <FeedLinks />
    </>
  );
}
