import { and, desc, eq, like, sql } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db, Tx } from "../../platform/db/client.server";
import { reports, reportVersions } from "../../platform/db/schema/reports";
import { AppError } from "../../platform/errors/app-error";
import { warsawYearOf } from "../../platform/format/dates";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { contentChecksum } from "../contracts/checksum.server";
import { assertCan } from "../contracts/policy";
import { tenantForOffers } from "../offers/offer-content";
import { requireUserId } from "../organizations/access";
import { organizationNameOf } from "../updates/access";
import {
  assertEditable,
  contractContentOf,
  findMemberReport,
  grantPaidOf,
  officeRecipients,
  reportLinks,
} from "./access";
import { reportSubmittedMail } from "./mail/report-mails";
import { readReportContent } from "./plan";
import { submissionIssues } from "./rules";

export interface SubmittedReport {
  versionId: string;
  number: number;
  receiptNumber: string;
  checksum: string;
  /** Already submitted (a double click): nothing new was written. */
  repeated: boolean;
}

/**
 * An owner or editor submits the report (UDPP art. 18; Dz.U. 2018 poz. 2057 zał. 5). The report
 * row is locked first: a second click finds it submitted and answers with the same version. The
 * content must pass submissionIssues (VALIDATION keyed "section:field"); it is frozen as the next
 * report_versions row with its SHA-256 checksum and a receipt number "SPR/YYYY/NNNNNN" (per tenant
 * and year), the report becomes "submitted", audited, and the department's officers and the
 * coordinators are told by mail.
 */
export async function submitReport(options: {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  appUrl: string;
  reportId: unknown;
}): Promise<SubmittedReport> {
  const userId = requireUserId(options.actor);
  return options.db.transaction(async (tx) => {
    const { report, contract, competition, subject } = await findMemberReport(tx, {
      tenantId: options.tenantId,
      reportId: options.reportId,
      userId,
      action: "report.view",
      forUpdate: true,
    });
    if ((report.status === "submitted" || report.status === "accepted") && report.currentVersionId) {
      const [current] = await tx
        .select()
        .from(reportVersions)
        .where(eq(reportVersions.id, report.currentVersionId));
      if (current)
        return {
          versionId: current.id,
          number: current.number,
          receiptNumber: current.receiptNumber,
          checksum: current.checksum,
          repeated: true,
        };
    }
    assertCan(subject, "report.edit", { status: contract.status, departmentId: competition.departmentId });
    assertEditable(report);
    const contractContent = await contractContentOf(tx, contract.id);
    const content = readReportContent(report.content, contractContent, report);
    const issues = submissionIssues(content, {
      allowedShiftBp: contract.allowedShiftBp,
      grantPaid: await grantPaidOf(tx, contract.id),
    });
    if (Object.keys(issues).length > 0)
      throw new AppError("VALIDATION", "reports.error.notReady", { fieldErrors: issues });
    const now = options.clock.now();
    const [last] = await tx
      .select({ number: reportVersions.number })
      .from(reportVersions)
      .where(eq(reportVersions.reportId, report.id))
      .orderBy(desc(reportVersions.number))
      .limit(1);
    const number = (last?.number ?? 0) + 1;
    const checksum = contentChecksum(content);
    const receiptNumber = await nextReportReceipt(tx, options.tenantId, now);
    const [version] = await tx
      .insert(reportVersions)
      .values({
        reportId: report.id,
        number,
        content: content as unknown as Record<string, unknown>,
        checksum,
        receiptNumber,
        submittedAt: now,
        submittedBy: userId,
      })
      .returning({ id: reportVersions.id });
    if (!version) throw new Error("report version not inserted");
    await tx
      .update(reports)
      .set({
        status: "submitted",
        currentVersionId: version.id,
        content: content as unknown as Record<string, unknown>,
        revision: report.revision + 1,
        submittedAt: now,
        decidedAt: null,
        decidedBy: null,
        updatedAt: now,
      })
      .where(eq(reports.id, report.id));
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "report",
      entityId: report.id,
      action: "reports.submitted",
      before: { status: report.status, versionId: report.currentVersionId },
      after: { status: "submitted", versionId: version.id, number, receiptNumber, checksum },
    });
    const tenant = await tenantForOffers(tx, options.tenantId);
    const organizationName = await organizationNameOf(tx, contract.organizationId);
    for (const to of await officeRecipients(tx, options.tenantId, competition.departmentId))
      await enqueueMail(tx, {
        tenantId: options.tenantId,
        to: to.email,
        template: "reports.submitted",
        rendered: reportSubmittedMail(to.locale, {
          tenantName: tenant.name,
          contractNumber: contract.number,
          taskTitle: contract.taskTitle,
          organizationName,
          kind: report.kind,
          receiptNumber,
          link: reportLinks.office(options.appUrl, report.id),
        }),
      });
    return { versionId: version.id, number, receiptNumber, checksum, repeated: false };
  });
}

/**
 * The next receipt number of the tenant's year, "SPR/2026/000042". A transaction-scoped advisory
 * lock on (tenant, year) serialises concurrent submissions, so two never get the same number.
 */
async function nextReportReceipt(tx: Tx, tenantId: string, now: Date): Promise<string> {
  const year = warsawYearOf(now);
  const prefix = `SPR/${year}/`;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`report-receipt:${tenantId}:${year}`}))`);
  const [row] = await tx
    .select({ n: sql<string | null>`max(substring(${reportVersions.receiptNumber} from 10)::int)::text` })
    .from(reportVersions)
    .innerJoin(reports, eq(reports.id, reportVersions.reportId))
    .where(and(eq(reports.tenantId, tenantId), like(reportVersions.receiptNumber, `${prefix}%`)));
  const next = Number(row?.n ?? 0) + 1;
  return `${prefix}${String(next).padStart(6, "0")}`;
}
