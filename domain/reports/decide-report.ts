import { eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { reports } from "../../platform/db/schema/reports";
import { AppError } from "../../platform/errors/app-error";
import { warsawDatePlusDays } from "../../platform/format/dates";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import type { StaffRoles } from "../contracts/access";
import { assertCan } from "../contracts/policy";
import { offerorLetterRecipients } from "../offers/access";
import { tenantForOffers } from "../offers/offer-content";
import { requireUserId, validationError } from "../organizations/access";
import { organizationNameOf } from "../updates/access";
import { findOfficeReport, reportLinks } from "./access";
import { reportAcceptedMail, reportReturnedMail } from "./mail/report-mails";
import { type ReportDecisionInput, ReportDecisionSchema } from "./schemas";

/**
 * The correction's default deadline: 7 days. UDPP art. 18 leaves the term to the contract; the
 * officer may set another day in the form.
 */
export const DEFAULT_CORRECTION_DAYS = 7;

/**
 * The officer of the competition's department (or a coordinator, an administrator) accepts the
 * submitted report or returns it with remarks and a deadline for the correction (UDPP art. 18).
 * The report row is locked; a double click finds it already so decided and writes nothing. A
 * returned report is edited and submitted again as the next version. Audited; the organisation's
 * owners and editors (and its mailbox) are told by mail.
 */
export async function decideReport(options: {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  appUrl: string;
  staffRoles: StaffRoles;
  reportId: unknown;
  input: ReportDecisionInput;
}): Promise<{ status: "accepted" | "returned"; repeated: boolean }> {
  const userId = requireUserId(options.actor);
  return options.db.transaction(async (tx) => {
    const { report, contract, competition, subject } = await findOfficeReport(tx, {
      tenantId: options.tenantId,
      reportId: options.reportId,
      staffRoles: options.staffRoles,
      action: "report.decide",
      forUpdate: true,
    });
    const parsed = ReportDecisionSchema.safeParse(options.input);
    const wanted = parsed.success
      ? ({ accept: "accepted", return: "returned" } as const)[parsed.data.decision]
      : null;
    if (wanted && report.status === wanted && report.decidedBy === userId)
      return { status: wanted, repeated: true };
    assertCan(subject, "report.decide", { status: contract.status, departmentId: competition.departmentId });
    if (report.status !== "submitted") throw new AppError("CONFLICT", "reports.error.notSubmitted");
    if (!parsed.success || !wanted) throw validationError(parsed.error?.issues ?? []);
    const now = options.clock.now();
    const remarks = parsed.data.decision === "return" ? parsed.data.remarks : null;
    const correctionDueOn =
      parsed.data.decision === "return"
        ? (parsed.data.correctionDueOn ?? warsawDatePlusDays(now, DEFAULT_CORRECTION_DAYS))
        : null;
    await tx
      .update(reports)
      .set({ status: wanted, remarks, correctionDueOn, decidedAt: now, decidedBy: userId, updatedAt: now })
      .where(eq(reports.id, report.id));
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "report",
      entityId: report.id,
      action: wanted === "accepted" ? "reports.accepted" : "reports.returned",
      before: { status: report.status, remarks: report.remarks, correctionDueOn: report.correctionDueOn },
      after: { status: wanted, versionId: report.currentVersionId, remarks, correctionDueOn },
    });
    const tenant = await tenantForOffers(tx, options.tenantId);
    const data = {
      tenantName: tenant.name,
      contractNumber: contract.number,
      taskTitle: contract.taskTitle,
      organizationName: await organizationNameOf(tx, contract.organizationId),
      kind: report.kind,
      link: reportLinks.ngo(options.appUrl, report.id),
    };
    const recipients = await offerorLetterRecipients(tx, {
      organizationIds: [contract.organizationId],
      roles: ["owner", "editor"],
    });
    for (const to of recipients)
      await enqueueMail(tx, {
        tenantId: options.tenantId,
        to: to.email,
        template: wanted === "accepted" ? "reports.accepted" : "reports.returned",
        rendered:
          wanted === "accepted"
            ? reportAcceptedMail(to.locale, data)
            : reportReturnedMail(to.locale, {
                ...data,
                remarks: remarks ?? "",
                correctionDueOn: correctionDueOn ?? "",
              }),
      });
    return { status: wanted, repeated: false };
  });
}
