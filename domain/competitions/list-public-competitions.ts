import { and, asc, count, desc, eq, inArray, isNotNull, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { competitions, legalBases } from "../../platform/db/schema/competitions";
import { departments } from "../../platform/db/schema/tenancy";
import { z } from "../../platform/validation/zod-messages";
import { AREA_CODES } from "../organizations/areas";
import { completeSummaries, joinSummary, summaryColumns } from "./public-views";
import { PUBLIC_PAGE_SIZE } from "./rules";
import { PUBLIC_STATUSES, STATUS_GROUP_NAMES, STATUS_GROUPS, type StatusGroup } from "./states";

/** Blank query-string values ("?status=&area=") mean "no filter". */
const blank = (v: unknown) => (v === "" ? undefined : v);

/**
 * The public list's filters as the query string carries them. Strict: a bad value is an error (the
 * API answers 400); the portal page uses the lenient variant, which drops bad values.
 */
export const PublicCompetitionQuerySchema = z.object({
  status: z
    .preprocess(blank, z.enum(STATUS_GROUP_NAMES).optional())
    .describe("Etap: open (przyjmowanie ofert), evaluation, resolved, cancelled."),
  area: z
    .preprocess(blank, z.enum(AREA_CODES).optional())
    .describe("Sfera pożytku publicznego (art. 4 ust. 1 ustawy), kod."),
  department: z
    .preprocess(
      blank,
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9_-]{1,20}$/)
        .optional(),
    )
    .describe("Kod wydziału ogłaszającego konkurs, np. WPS."),
  year: z
    .preprocess(blank, z.coerce.number().int().min(2000).max(2100).optional())
    .describe("Rok rozpoczęcia realizacji zadania."),
  page: z
    .preprocess(blank, z.coerce.number().int().min(1).max(10_000).default(1))
    .describe("Numer strony (od 1)."),
});
export type PublicCompetitionQuery = z.output<typeof PublicCompetitionQuerySchema>;

/** The same filters for the portal page: anything unknown falls back to "no filter". */
export const LenientPublicCompetitionQuerySchema = z.object({
  status: PublicCompetitionQuerySchema.shape.status.catch(undefined),
  area: PublicCompetitionQuerySchema.shape.area.catch(undefined),
  department: PublicCompetitionQuerySchema.shape.department.catch(undefined),
  year: PublicCompetitionQuerySchema.shape.year.catch(undefined),
  page: PublicCompetitionQuerySchema.shape.page.catch(1),
});

/** A query string (URLSearchParams) as the object the schemas read; repeated keys keep the first value. */
export function queryObject(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of params) if (!(key in out)) out[key] = value;
  return out;
}

/**
 * Competitions of the tenant a visitor may see (published and later; never drafts, never a draft
 * that was cancelled before publication), filtered and a page at a time: open ones first, nearest
 * deadline first; then the rest, latest deadline first.
 */
export async function listPublicCompetitions(options: {
  db: DbOrTx;
  tenantId: string;
  query: PublicCompetitionQuery;
  pageSize?: number;
}) {
  const { status, area, department, year, page } = options.query;
  const pageSize = options.pageSize ?? PUBLIC_PAGE_SIZE;
  const statuses: readonly string[] = status ? STATUS_GROUPS[status as StatusGroup] : PUBLIC_STATUSES;
  const filters: SQL[] = [
    eq(competitions.tenantId, options.tenantId),
    inArray(competitions.status, statuses as (typeof PUBLIC_STATUSES)[number][]),
    isNotNull(competitions.publishedAt),
  ];
  if (area) filters.push(eq(competitions.areaCode, area));
  if (department) filters.push(eq(departments.code, department.toUpperCase()));
  if (year) filters.push(sql`extract(year from ${competitions.taskStart}) = ${year}`);
  const where = and(...filters);
  const join = joinSummary(competitions);
  const [total] = await options.db
    .select({ n: count() })
    .from(competitions)
    .innerJoin(departments, join.departments)
    .where(where);
  const totalCount = Number(total?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(totalCount / pageSize));
  const current = Math.min(page, pageCount);
  const open = sql`case when ${competitions.status} = 'published' then 0 else 1 end`;
  const rows = await options.db
    .select(summaryColumns(competitions))
    .from(competitions)
    .innerJoin(departments, join.departments)
    .innerJoin(legalBases, join.legalBases)
    .where(where)
    .orderBy(
      asc(open),
      asc(sql`case when ${competitions.status} = 'published' then ${competitions.offerDeadline} end`),
      desc(competitions.offerDeadline),
      asc(competitions.id),
    )
    .limit(pageSize)
    .offset((current - 1) * pageSize);
  return {
    items: await completeSummaries(options.db, rows),
    total: totalCount,
    page: current,
    pageCount,
    pageSize,
  };
}

/** Years (of the task's start) that public competitions of the tenant have, newest first: the year filter's options. */
export async function listPublicYears(options: { db: DbOrTx; tenantId: string }): Promise<number[]> {
  const year = sql<number>`cast(extract(year from ${competitions.taskStart}) as integer)`;
  const rows = await options.db
    .selectDistinct({ year })
    .from(competitions)
    .where(
      and(
        eq(competitions.tenantId, options.tenantId),
        inArray(competitions.status, [...PUBLIC_STATUSES]),
        isNotNull(competitions.publishedAt),
        isNotNull(competitions.taskStart),
      ),
    )
    .orderBy(desc(year));
  return rows.map((r) => Number(r.year));
}
