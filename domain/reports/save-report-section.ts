import { eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { reports } from "../../platform/db/schema/reports";
import { AppError } from "../../platform/errors/app-error";
import { assertCan } from "../contracts/policy";
import { requireUserId, validationError } from "../organizations/access";
import { assertEditable, contractContentOf, findMemberReport, grantPaidOf } from "./access";
import { applySection, parseSection } from "./apply-section";
import type { ReportContent } from "./content";
import { readReportContent } from "./plan";
import { grantIssues } from "./rules";
import { isReportSectionKey } from "./schemas";

export interface SaveReportSectionOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  reportId: unknown;
  section: unknown;
  /** The revision the form was read at (optimistic lock on reports.revision). */
  revision: number;
  values: unknown;
}

/**
 * An owner or editor saves one section of the report (Dz.U. 2018 poz. 2057 zał. 5). The report
 * row is locked; a save made on an older revision than the stored one is refused (CONFLICT
 * "reports.error.stale": someone else saved in between; the form keeps what was typed). A report
 * due becomes a draft; a returned one stays returned until it is submitted again. Audited.
 */
export async function saveReportSection(
  options: SaveReportSectionOptions,
): Promise<{ revision: number; content: ReportContent }> {
  const userId = requireUserId(options.actor);
  if (!isReportSectionKey(options.section)) throw new AppError("NOT_FOUND", "error.notFound");
  const section = options.section;
  return options.db.transaction(async (tx) => {
    const { report, contract, competition, subject } = await findMemberReport(tx, {
      tenantId: options.tenantId,
      reportId: options.reportId,
      userId,
      action: "report.edit",
      forUpdate: true,
    });
    assertCan(subject, "report.edit", { status: contract.status, departmentId: competition.departmentId });
    assertEditable(report);
    if (report.revision !== options.revision) throw new AppError("CONFLICT", "reports.error.stale");
    const before = readReportContent(report.content, await contractContentOf(tx, contract.id), report);
    const parsed = parseSection(section, options.values, before);
    if (!parsed.success) throw validationError(parsed.error.issues);
    const content = applySection(before, section, parsed.data);
    if (section === "financial") {
      const grant = grantIssues(content, { grantPaid: await grantPaidOf(tx, contract.id) });
      if (grant.length > 0)
        throw new AppError("VALIDATION", "error.validation", { fieldErrors: { "sources.grant": grant } });
    }
    const status = report.status === "due" ? "draft" : report.status;
    const revision = report.revision + 1;
    await tx
      .update(reports)
      .set({
        content: content as unknown as Record<string, unknown>,
        revision,
        status,
        updatedAt: options.clock.now(),
      })
      .where(eq(reports.id, report.id));
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "report",
      entityId: report.id,
      action: "reports.sectionSaved",
      before: { status: report.status, revision: report.revision, section },
      after: { status, revision, section, values: parsed.data },
    });
    return { revision, content };
  });
}
