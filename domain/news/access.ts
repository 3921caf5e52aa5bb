import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { news } from "../../platform/db/schema/news";
import { AppError } from "../../platform/errors/app-error";
import { isUuid } from "../organizations/access";

/** Helpers the news use cases share: find an item in the tenant, links for mail. */

export type NewsRow = typeof news.$inferSelect;

/** The news item in this tenant, or NOT_FOUND (also for another tenant's id and a malformed one). */
export async function findNewsInTenant(db: DbOrTx, tenantId: string, newsId: unknown): Promise<NewsRow> {
  if (!isUuid(newsId)) throw new AppError("NOT_FOUND", "error.notFound");
  const [row] = await db
    .select()
    .from(news)
    .where(and(eq(news.id, newsId), eq(news.tenantId, tenantId)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  return row;
}

/** Addresses of the news pages, for links in mail. */
export const newsLinks = {
  page: (appUrl: string, id: string) => `${appUrl.replace(/\/$/, "")}/aktualnosci/${id}`,
  submit: (appUrl: string) => `${appUrl.replace(/\/$/, "")}/aktualnosci/zglos`,
  moderation: (appUrl: string) => `${appUrl.replace(/\/$/, "")}/urzad/aktualnosci`,
};
