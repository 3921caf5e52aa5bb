import { and, count, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { news } from "../../platform/db/schema/news";
import { organizations } from "../../platform/db/schema/organizations";
import { NEWS_PAGE_SIZE } from "./rules";
import { PUBLIC_NEWS_STATUS } from "./states";

/** A published news item with only what the public may see. */
export interface PublishedNews {
  id: string;
  title: string;
  lead: string;
  body: string;
  publishedAt: Date;
  organization: { id: string; name: string } | null;
  image: { alt: string } | null;
}

/** The public columns, and nothing else (never the submitter, the reason or the moderator). */
export const publicNewsColumns = {
  id: news.id,
  title: news.title,
  lead: news.lead,
  body: news.body,
  publishedAt: news.publishedAt,
  organizationId: organizations.id,
  organizationName: organizations.name,
  imageFileId: news.imageFileId,
  imageAlt: news.imageAlt,
};

type PublicRow = {
  id: string;
  title: string;
  lead: string;
  body: string;
  publishedAt: Date | null;
  organizationId: string | null;
  organizationName: string | null;
  imageFileId: string | null;
  imageAlt: string | null;
};

export function toPublishedNews(row: PublicRow): PublishedNews {
  return {
    id: row.id,
    title: row.title,
    lead: row.lead,
    body: row.body,
    publishedAt: row.publishedAt ?? new Date(0),
    organization:
      row.organizationId && row.organizationName
        ? { id: row.organizationId, name: row.organizationName }
        : null,
    image: row.imageFileId ? { alt: row.imageAlt ?? "" } : null,
  };
}

export interface PublishedNewsPage {
  items: PublishedNews[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

/** Published news of the tenant, newest first, one page at a time (the portal, the feeds, the API). */
export async function listPublishedNews(options: {
  db: DbOrTx;
  tenantId: string;
  page?: number;
  pageSize?: number;
}): Promise<PublishedNewsPage> {
  const page = Math.max(1, options.page ?? 1);
  const pageSize = Math.max(1, options.pageSize ?? NEWS_PAGE_SIZE);
  const where = and(eq(news.tenantId, options.tenantId), eq(news.status, PUBLIC_NEWS_STATUS));
  const [totalRow] = await options.db.select({ n: count() }).from(news).where(where);
  const rows = await options.db
    .select(publicNewsColumns)
    .from(news)
    .leftJoin(organizations, eq(organizations.id, news.organizationId))
    .where(where)
    .orderBy(desc(news.publishedAt), desc(news.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const total = totalRow?.n ?? 0;
  return {
    items: rows.map(toPublishedNews),
    total,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}
