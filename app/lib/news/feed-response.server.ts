import type { RouterContextProvider } from "react-router";
import { buildAtomFeed, buildRssFeed } from "~/domain/news/feeds";
import { listPublishedNews } from "~/domain/news/list-published-news";
import { NEWS_FEED_ITEMS } from "~/domain/news/rules";
import { translator } from "../../i18n/catalog";
import { absoluteUrl } from "../api.server";
import { servicesContext, tenantContext } from "../contexts";

/** The RSS or Atom feed of the newest published news, as an HTTP answer (cacheable, no cookies). */
export async function feedResponse(
  request: Request,
  context: Readonly<RouterContextProvider>,
  format: "rss" | "atom",
): Promise<Response> {
  const { db, clock } = context.get(servicesContext);
  const tenant = context.get(tenantContext);
  const { items } = await listPublishedNews({ db, tenantId: tenant.id, page: 1, pageSize: NEWS_FEED_ITEMS });
  const t = translator("pl");
  const options = {
    baseUrl: absoluteUrl(request, "/"),
    selfUrl: absoluteUrl(request, format === "rss" ? "/news.xml" : "/news.atom"),
    title: t("news.feed.title", { tenant: tenant.name }),
    description: t("news.feed.description", { tenant: tenant.name }),
    publisher: tenant.name,
    now: clock.now(),
    items,
  };
  const body = format === "rss" ? buildRssFeed(options) : buildAtomFeed(options);
  return new Response(body, {
    headers: {
      "Content-Type": `${format === "rss" ? "application/rss+xml" : "application/atom+xml"}; charset=utf-8`,
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
