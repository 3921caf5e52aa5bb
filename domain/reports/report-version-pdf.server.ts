import { and, eq } from "drizzle-orm";
import type { Actor } from "../../platform/audit/write-audit.server";
import type { Db, DbOrTx } from "../../platform/db/client.server";
import { reportVersions } from "../../platform/db/schema/reports";
import { AppError } from "../../platform/errors/app-error";
import type { ContractRow, StaffRoles } from "../contracts/access";
import { tenantForOffers } from "../offers/offer-content";
import { requireUserId } from "../organizations/access";
import { organizationNameOf } from "../updates/access";
import { findMemberReport, findOfficeReport, type ReportRow } from "./access";
import type { ReportContent } from "./content";
import { renderReportPdf } from "./report-pdf.server";

/*
 * A submitted version of a report as its PDF, for the organisation (report.view) or the office
 * (report.office). The version's frozen content is printed with its receipt and checksum.
 */

export type ReportPdfViewer =
  | { kind: "member"; actor: Actor }
  | { kind: "office"; actor: Actor; staffRoles: StaffRoles };

export async function reportVersionPdf(options: {
  db: Db;
  tenantId: string;
  viewer: ReportPdfViewer;
  reportId: unknown;
  number: unknown;
}): Promise<{ filename: string; bytes: Buffer }> {
  const base = { tenantId: options.tenantId, reportId: options.reportId };
  const { report, contract } =
    options.viewer.kind === "member"
      ? await findMemberReport(options.db, {
          ...base,
          userId: requireUserId(options.viewer.actor),
          action: "report.view",
        })
      : await findOfficeReport(options.db, {
          ...base,
          staffRoles: options.viewer.staffRoles,
          action: "report.office",
        });
  const number = Number(options.number);
  if (!Number.isSafeInteger(number) || number < 1) throw new AppError("NOT_FOUND", "error.notFound");
  return renderVersion(options.db, options.tenantId, report, contract, number);
}

async function renderVersion(
  db: DbOrTx,
  tenantId: string,
  report: ReportRow,
  contract: ContractRow,
  number: number,
) {
  const [version] = await db
    .select()
    .from(reportVersions)
    .where(and(eq(reportVersions.reportId, report.id), eq(reportVersions.number, number)));
  if (!version) throw new AppError("NOT_FOUND", "error.notFound");
  const tenant = await tenantForOffers(db, tenantId);
  const bytes = await renderReportPdf({
    issuer: tenant.name,
    content: version.content as unknown as ReportContent,
    contract: {
      number: contract.number,
      date: contract.signedOn,
      taskTitle: contract.taskTitle,
      allowedShiftBp: contract.allowedShiftBp,
    },
    organizationName: await organizationNameOf(db, contract.organizationId),
    receipt: {
      receiptNumber: version.receiptNumber,
      checksum: version.checksum,
      submittedAt: version.submittedAt,
      number: version.number,
    },
  });
  return { filename: `sprawozdanie-${version.receiptNumber.replaceAll("/", "-")}.pdf`, bytes };
}
