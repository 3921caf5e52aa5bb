import { and, eq, inArray, isNotNull, or, sum } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { contractInstalments } from "../../platform/db/schema/contracts";
import { staffRoles, users } from "../../platform/db/schema/identity";
import { reports, reportVersions } from "../../platform/db/schema/reports";
import { AppError } from "../../platform/errors/app-error";
import {
  currentVersionOf,
  findMemberContract,
  findOfficeContract,
  type StaffRoles,
} from "../contracts/access";
import type { ContractAction } from "../contracts/policy";
import { isUuid } from "../organizations/access";

/*
 * Finding a report for the organisation or the office: the report row in the tenant, then its
 * contract through the contracts' one policy table (findMemberContract / findOfficeContract).
 * The report's own status is checked on top (EDITABLE_STATUSES).
 */

export type ReportRow = typeof reports.$inferSelect;
export type ReportVersionRow = typeof reportVersions.$inferSelect;

/** The statuses in which the organisation may write the report (UDPP art. 18: it files and corrects it). */
export const EDITABLE_STATUSES: readonly ReportRow["status"][] = ["due", "draft", "returned"];

export async function findReportInTenant(
  db: DbOrTx,
  tenantId: string,
  reportId: unknown,
  options: { forUpdate?: boolean } = {},
): Promise<ReportRow> {
  if (!isUuid(reportId)) throw new AppError("NOT_FOUND", "error.notFound");
  const query = db
    .select()
    .from(reports)
    .where(and(eq(reports.id, reportId), eq(reports.tenantId, tenantId)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for("update") : await query;
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  return row;
}

/** The report and its contract as the organisation sees them (FORBIDDEN / NOT_FOUND as the contract's). */
export async function findMemberReport(
  db: DbOrTx,
  options: {
    tenantId: string;
    reportId: unknown;
    userId: string;
    action: ContractAction;
    forUpdate?: boolean;
  },
) {
  const report = await findReportInTenant(db, options.tenantId, options.reportId, options);
  const found = await findMemberContract(db, { ...options, contractId: report.contractId, forUpdate: false });
  return { report, ...found };
}

/** The report and its contract as the office sees them (an officer only in the competition's department). */
export async function findOfficeReport(
  db: DbOrTx,
  options: {
    tenantId: string;
    reportId: unknown;
    staffRoles: StaffRoles;
    action: ContractAction;
    forUpdate?: boolean;
  },
) {
  const report = await findReportInTenant(db, options.tenantId, options.reportId, options);
  const found = await findOfficeContract(db, { ...options, contractId: report.contractId, forUpdate: false });
  return { report, ...found };
}

export function assertEditable(report: ReportRow): void {
  if (!EDITABLE_STATUSES.includes(report.status)) throw new AppError("CONFLICT", "reports.error.notEditable");
}

/** The grant paid so far: the sum of the instalments paid (a report cannot account for more). */
export async function grantPaidOf(db: DbOrTx, contractId: string): Promise<number> {
  const [row] = await db
    .select({ paid: sum(contractInstalments.paidAmount) })
    .from(contractInstalments)
    .where(and(eq(contractInstalments.contractId, contractId), isNotNull(contractInstalments.paidOn)));
  return Number(row?.paid ?? 0);
}

export async function versionsOf(db: DbOrTx, reportId: string): Promise<ReportVersionRow[]> {
  return db
    .select()
    .from(reportVersions)
    .where(eq(reportVersions.reportId, reportId))
    .orderBy(reportVersions.number);
}

export async function contractContentOf(db: DbOrTx, contractId: string) {
  return (await currentVersionOf(db, contractId)).document;
}

/** Who the office's mail about a report goes to: the department's officers and the coordinators. */
export async function officeRecipients(db: DbOrTx, tenantId: string, departmentId: string) {
  const rows = await db
    .selectDistinct({ email: users.email, locale: users.locale })
    .from(staffRoles)
    .innerJoin(users, eq(users.id, staffRoles.userId))
    .where(
      and(
        eq(staffRoles.tenantId, tenantId),
        or(
          eq(staffRoles.role, "coordinator"),
          and(inArray(staffRoles.role, ["officer"]), eq(staffRoles.departmentId, departmentId)),
        ),
      ),
    );
  const all = new Map<string, "pl" | "en">();
  for (const r of rows) all.set(r.email, r.locale === "en" ? "en" : "pl");
  return [...all].map(([email, locale]) => ({ email, locale }));
}

/** The report's pages, for links in mail. */
export const reportLinks = {
  ngo: (appUrl: string, id: string) => `${appUrl.replace(/\/$/, "")}/panel/sprawozdania/${id}`,
  office: (appUrl: string, id: string) => `${appUrl.replace(/\/$/, "")}/urzad/sprawozdania/${id}`,
};
