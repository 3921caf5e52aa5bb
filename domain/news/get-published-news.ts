import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { news } from "../../platform/db/schema/news";
import { organizations } from "../../platform/db/schema/organizations";
import { AppError } from "../../platform/errors/app-error";
import { isUuid } from "../organizations/access";
import { type PublishedNews, publicNewsColumns, toPublishedNews } from "./list-published-news";
import { PUBLIC_NEWS_STATUS } from "./states";

/** One published news item of the tenant; anything else (pending, rejected, archived, unknown) is NOT_FOUND. */
export async function getPublishedNews(options: {
  db: DbOrTx;
  tenantId: string;
  newsId: unknown;
}): Promise<PublishedNews> {
  if (!isUuid(options.newsId)) throw new AppError("NOT_FOUND", "error.notFound");
  const [row] = await options.db
    .select(publicNewsColumns)
    .from(news)
    .leftJoin(organizations, eq(organizations.id, news.organizationId))
    .where(
      and(
        eq(news.id, options.newsId),
        eq(news.tenantId, options.tenantId),
        eq(news.status, PUBLIC_NEWS_STATUS),
      ),
    )
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  return toPublishedNews(row);
}
