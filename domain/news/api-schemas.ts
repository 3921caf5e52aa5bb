import { toWarsawIso } from "../../platform/format/dates";
import { z } from "../../platform/validation/zod-messages";
import type { PublishedNews } from "./list-published-news";
import { NEWS_API_MAX_PAGE_SIZE, NEWS_MAX_PAGE, NEWS_PAGE_SIZE } from "./rules";

/*
 * GET /api/v1/news: the query and the answer, declared once. The route builds its JSON through
 * toApiNews, tests parse answers with these schemas, and the OpenAPI document is generated from
 * them. Only published news, only what the portal shows (never who submitted it or why anything
 * was rejected).
 */

const IsoWithOffset = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);

export const NewsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(NEWS_MAX_PAGE).default(1).describe("Numer strony, od 1."),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .default(NEWS_PAGE_SIZE)
    .transform((n) => Math.min(n, NEWS_API_MAX_PAGE_SIZE))
    .describe(
      `Liczba wiadomości na stronie; więcej niż ${NEWS_API_MAX_PAGE_SIZE} zostaje obcięte do ${NEWS_API_MAX_PAGE_SIZE}.`,
    ),
});
export type NewsQuery = z.output<typeof NewsQuerySchema>;

export const ApiNewsItemSchema = z
  .strictObject({
    id: z.uuid(),
    title: z.string(),
    lead: z.string(),
    body: z.string().describe("Zwykły tekst; akapity oddzielone pustym wierszem."),
    publishedAt: IsoWithOffset.describe("Data publikacji (czas warszawski z przesunięciem)."),
    organization: z
      .strictObject({ id: z.uuid(), name: z.string(), profileUrl: z.url() })
      .nullable()
      .describe("Organizacja, która nadesłała wiadomość; null dla wiadomości urzędu."),
    image: z.strictObject({ url: z.url(), alt: z.string() }).nullable(),
    url: z.url(),
  })
  .describe("Opublikowana wiadomość z portalu.");
export type ApiNewsItem = z.output<typeof ApiNewsItemSchema>;

export const ApiNewsListSchema = z
  .strictObject({
    items: z.array(ApiNewsItemSchema),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1).max(NEWS_API_MAX_PAGE_SIZE),
    pageCount: z.number().int().min(1),
  })
  .describe("Strona opublikowanych wiadomości, od najnowszej.");
export type ApiNewsList = z.output<typeof ApiNewsListSchema>;

/** A published news item as the API answers it; `baseUrl` is the portal's address. */
export function toApiNews(item: PublishedNews, baseUrl: string): ApiNewsItem {
  const base = baseUrl.replace(/\/$/, "");
  return {
    id: item.id,
    title: item.title,
    lead: item.lead,
    body: item.body,
    publishedAt: toWarsawIso(item.publishedAt),
    organization: item.organization
      ? { ...item.organization, profileUrl: `${base}/organizacje/${item.organization.id}` }
      : null,
    image: item.image ? { url: `${base}/aktualnosci/obraz/${item.id}`, alt: item.image.alt } : null,
    url: `${base}/aktualnosci/${item.id}`,
  };
}
