import { and, asc, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { Db } from "../../platform/db/client.server";
import { competitions, legalBases } from "../../platform/db/schema/competitions";
import { departments } from "../../platform/db/schema/tenancy";
import { z } from "../../platform/validation/zod-messages";
import { subjectOf } from "./access";
import { type StaffRoleName, visibleDepartmentIds } from "./policy";
import { completeSummaries, joinSummary, summaryColumns } from "./public-views";
import { OFFICE_PAGE_SIZE } from "./rules";
import { COMPETITION_STATUSES } from "./states";

/** The back office's filters as they come in the query string; anything unknown falls back to the default. */
export const OfficeCompetitionQuerySchema = z.object({
  status: z.enum(COMPETITION_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type OfficeCompetitionQuery = z.output<typeof OfficeCompetitionQuerySchema>;

/**
 * The officer's back office list: competitions of the departments the viewer works for (every
 * department for a coordinator or an administrator), drafts included, latest changed first.
 */
export async function listDepartmentCompetitions(options: {
  db: Db;
  tenantId: string;
  staffRoles: readonly { role: StaffRoleName; departmentId: string | null }[];
  query: OfficeCompetitionQuery;
}) {
  const visible = visibleDepartmentIds(subjectOf(options.staffRoles));
  if (visible !== null && visible.length === 0) return { items: [], total: 0, page: 1, pageCount: 1 };
  const filters: SQL[] = [eq(competitions.tenantId, options.tenantId)];
  if (visible) filters.push(inArray(competitions.departmentId, visible));
  if (options.query.status) filters.push(eq(competitions.status, options.query.status));
  const where = and(...filters);
  const [total] = await options.db.select({ n: count() }).from(competitions).where(where);
  const totalCount = Number(total?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(totalCount / OFFICE_PAGE_SIZE));
  const page = Math.min(options.query.page, pageCount);
  const join = joinSummary(competitions);
  const rows = await options.db
    .select({ ...summaryColumns(competitions), updatedAt: competitions.updatedAt })
    .from(competitions)
    .innerJoin(departments, join.departments)
    .innerJoin(legalBases, join.legalBases)
    .where(where)
    .orderBy(desc(competitions.updatedAt), asc(competitions.id))
    .limit(OFFICE_PAGE_SIZE)
    .offset((page - 1) * OFFICE_PAGE_SIZE);
  const items = await completeSummaries(options.db, rows);
  return {
    items: items.map((item, i) => ({ ...item, updatedAt: rows[i]?.updatedAt ?? null })),
    total: totalCount,
    page,
    pageCount,
  };
}
