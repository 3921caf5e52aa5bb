import type { Actor } from "../../platform/audit/write-audit.server";
import type { Db } from "../../platform/db/client.server";
import type { StaffRoles } from "../contracts/access";
import { can } from "../contracts/policy";
import { organizationNameOf } from "../updates/access";
import { findOfficeReport, grantPaidOf, versionsOf } from "./access";
import { documentsReview, reportTotals } from "./calculations";
import type { ReportContent } from "./content";
import { DEFAULT_CORRECTION_DAYS } from "./decide-report";

/**
 * The report as the office sees it (report.office): the submitted version read-only with its
 * totals, deviations and flags, every version, and whether the person may decide now.
 */
export async function getOfficeReport(options: {
  db: Db;
  tenantId: string;
  actor: Actor;
  staffRoles: StaffRoles;
  reportId: unknown;
}) {
  const { report, contract, competition, subject } = await findOfficeReport(options.db, {
    tenantId: options.tenantId,
    reportId: options.reportId,
    staffRoles: options.staffRoles,
    action: "report.office",
  });
  const versions = await versionsOf(options.db, report.id);
  const current = versions.find((v) => v.id === report.currentVersionId) ?? null;
  const stored = current ? (current.content as unknown as ReportContent) : null;
  // Versions submitted before the list of documents existed have none.
  const content = stored ? { ...stored, documents: stored.documents ?? [] } : null;
  const facts = { status: contract.status, departmentId: competition.departmentId };
  return {
    report: {
      id: report.id,
      kind: report.kind,
      status: report.status,
      periodStart: report.periodStart,
      periodEnd: report.periodEnd,
      dueOn: report.dueOn,
      remarks: report.remarks,
      correctionDueOn: report.correctionDueOn,
    },
    contract: {
      id: contract.id,
      number: contract.number,
      taskTitle: contract.taskTitle,
      allowedShiftBp: contract.allowedShiftBp,
      organizationName: await organizationNameOf(options.db, contract.organizationId),
    },
    current: current
      ? {
          id: current.id,
          number: current.number,
          receiptNumber: current.receiptNumber,
          checksum: current.checksum,
        }
      : null,
    content,
    totals: content ? reportTotals(content, contract.allowedShiftBp) : null,
    documents: content
      ? documentsReview(content, { start: contract.taskStart, end: contract.taskEnd })
      : null,
    grantPaid: await grantPaidOf(options.db, contract.id),
    versions: versions.map((v) => ({
      id: v.id,
      number: v.number,
      receiptNumber: v.receiptNumber,
      checksum: v.checksum,
      submittedAt: v.submittedAt.toISOString(),
    })),
    defaultCorrectionDays: DEFAULT_CORRECTION_DAYS,
    can: { decide: report.status === "submitted" && can(subject, "report.decide", facts) },
  };
}
export type OfficeReportView = Awaited<ReturnType<typeof getOfficeReport>>;
