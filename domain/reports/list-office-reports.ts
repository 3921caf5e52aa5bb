import { and, asc, count, eq, gte, inArray, lt, lte, or, type SQL } from "drizzle-orm";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { competitions } from "../../platform/db/schema/competitions";
import { contracts } from "../../platform/db/schema/contracts";
import { organizations } from "../../platform/db/schema/organizations";
import { reports } from "../../platform/db/schema/reports";
import { AppError } from "../../platform/errors/app-error";
import { warsawDateOf, warsawDatePlusDays } from "../../platform/format/dates";
import type { StaffRoles } from "../contracts/access";

/*
 * The office's list of reports (report.office): all of the tenant's for a coordinator or an
 * administrator, the department's for an officer. Filters: to verify (submitted), due soon (not
 * yet filed, due within DUE_SOON_DAYS), overdue (not filed by the due day, or a correction not
 * filed by its deadline). Sorted by the day that matters, PAGE_SIZE rows a page.
 */

export const REPORT_FILTERS = ["all", "to-verify", "due-soon", "overdue"] as const;
export type ReportFilter = (typeof REPORT_FILTERS)[number];
export const PAGE_SIZE = 20;
export const DUE_SOON_DAYS = 14;

export function isReportFilter(v: unknown): v is ReportFilter {
  return typeof v === "string" && (REPORT_FILTERS as readonly string[]).includes(v);
}

export async function listOfficeReports(options: {
  db: Db;
  tenantId: string;
  clock: Clock;
  staffRoles: StaffRoles;
  filter: ReportFilter;
  page: number;
}) {
  const wide = options.staffRoles.some((r) => r.role === "admin" || r.role === "coordinator");
  const departments = options.staffRoles
    .filter((r) => r.role === "officer" && r.departmentId)
    .map((r) => r.departmentId as string);
  if (!wide && departments.length === 0) throw new AppError("FORBIDDEN", "error.forbidden");
  const now = options.clock.now();
  const today = warsawDateOf(now);
  const soon = warsawDatePlusDays(now, DUE_SOON_DAYS);
  const open = inArray(reports.status, ["due", "draft"]);
  const filters: Record<ReportFilter, SQL | undefined> = {
    all: undefined,
    "to-verify": eq(reports.status, "submitted"),
    "due-soon": and(open, gte(reports.dueOn, today), lte(reports.dueOn, soon)),
    overdue: or(
      and(open, lt(reports.dueOn, today)),
      and(eq(reports.status, "returned"), lt(reports.correctionDueOn, today)),
    ),
  };
  const where = and(
    eq(reports.tenantId, options.tenantId),
    wide ? undefined : inArray(competitions.departmentId, departments),
    filters[options.filter],
  );
  const page = Math.max(1, Math.floor(options.page) || 1);
  const rows = await options.db
    .select({
      id: reports.id,
      kind: reports.kind,
      status: reports.status,
      dueOn: reports.dueOn,
      correctionDueOn: reports.correctionDueOn,
      periodStart: reports.periodStart,
      periodEnd: reports.periodEnd,
      contractNumber: contracts.number,
      taskTitle: contracts.taskTitle,
      organizationName: organizations.name,
    })
    .from(reports)
    .innerJoin(contracts, eq(contracts.id, reports.contractId))
    .innerJoin(competitions, eq(competitions.id, contracts.competitionId))
    .innerJoin(organizations, eq(organizations.id, contracts.organizationId))
    .where(where)
    .orderBy(asc(reports.dueOn), asc(contracts.number), asc(reports.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  const [total] = await options.db
    .select({ n: count() })
    .from(reports)
    .innerJoin(contracts, eq(contracts.id, reports.contractId))
    .innerJoin(competitions, eq(competitions.id, contracts.competitionId))
    .where(where);
  const n = Number(total?.n ?? 0);
  return { rows, page, pages: Math.max(1, Math.ceil(n / PAGE_SIZE)), total: n, today };
}
