import type { Actor } from "../../platform/audit/write-audit.server";
import type { Db } from "../../platform/db/client.server";
import { can } from "../contracts/policy";
import { requireUserId } from "../organizations/access";
import { organizationNameOf } from "../updates/access";
import { contractContentOf, EDITABLE_STATUSES, findMemberReport, grantPaidOf, versionsOf } from "./access";
import { documentsReview, reportTotals } from "./calculations";
import { readReportContent } from "./plan";
import { submissionIssues } from "./rules";

/**
 * The report as the organisation's people see it (report.view): the plan carried in from the
 * contract with what was typed, the computed totals and flags, what still blocks submission, the
 * submitted versions, the officer's remarks and the deadline when returned.
 */
export async function getReport(options: { db: Db; tenantId: string; actor: Actor; reportId: unknown }) {
  const userId = requireUserId(options.actor);
  const { report, contract, competition, subject } = await findMemberReport(options.db, {
    tenantId: options.tenantId,
    reportId: options.reportId,
    userId,
    action: "report.view",
  });
  const contractContent = await contractContentOf(options.db, contract.id);
  const content = readReportContent(report.content, contractContent, report);
  const grantPaid = await grantPaidOf(options.db, contract.id);
  const facts = { status: contract.status, departmentId: competition.departmentId };
  const editable = EDITABLE_STATUSES.includes(report.status) && can(subject, "report.edit", facts);
  const versions = await versionsOf(options.db, report.id);
  return {
    report: {
      id: report.id,
      kind: report.kind,
      status: report.status,
      periodStart: report.periodStart,
      periodEnd: report.periodEnd,
      dueOn: report.dueOn,
      revision: report.revision,
      remarks: report.remarks,
      correctionDueOn: report.correctionDueOn,
      submittedAt: report.submittedAt?.toISOString() ?? null,
    },
    contract: {
      id: contract.id,
      number: contract.number,
      taskTitle: contract.taskTitle,
      taskStart: contract.taskStart,
      taskEnd: contract.taskEnd,
      allowedShiftBp: contract.allowedShiftBp,
      organizationName: await organizationNameOf(options.db, contract.organizationId),
    },
    content,
    totals: reportTotals(content, contract.allowedShiftBp),
    documents: documentsReview(content, { start: contract.taskStart, end: contract.taskEnd }),
    grantPaid,
    issues: editable ? submissionIssues(content, { allowedShiftBp: contract.allowedShiftBp, grantPaid }) : {},
    versions: versions.map((v) => ({
      id: v.id,
      number: v.number,
      receiptNumber: v.receiptNumber,
      checksum: v.checksum,
      submittedAt: v.submittedAt.toISOString(),
    })),
    can: { edit: editable },
  };
}
export type ReportView = Awaited<ReturnType<typeof getReport>>;
