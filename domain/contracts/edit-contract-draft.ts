import { and, eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { contractInstalments, contracts, contractVersions } from "../../platform/db/schema/contracts";
import { reports } from "../../platform/db/schema/reports";
import { AppError } from "../../platform/errors/app-error";
import { requireUserId, validationError } from "../organizations/access";
import { currentVersionOf, findOfficeContract, type StaffRoles } from "./access";
import { contentChecksum } from "./checksum.server";
import type { ContractContent } from "./content";
import { instalmentTerms } from "./generate-defaults";
import { type ContractTermsInput, contractTermsSchema } from "./generate-schema";
import { writeScheduleRows } from "./generate-terms";
import { assertCan } from "./policy";

/** The terms an edit may change, for the audit's before/after and to detect a repeated submit. */
function termsOf(c: ContractContent) {
  return {
    form: c.form,
    representatives: c.authority.representatives,
    bankAccount: c.bankAccount,
    allowedShiftBp: c.allowedShiftBp,
    finalReportDays: c.finalReportDays,
    returnDays: c.returnDays,
    instalments: c.instalments,
    reports: c.reports,
  };
}

/**
 * While the contract is a draft the officer redraws its terms: version 1's content and checksum,
 * the instalments and the due reports are rewritten, audited "contracts.draftEdited" with before
 * and after. The contract's row is locked; a submit of the same terms changes nothing.
 */
export async function editContractDraft(options: {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  staffRoles: StaffRoles;
  contractId: unknown;
  /** When given (the page of an offer), the contract must be that offer's. */
  offerId?: unknown;
  input: ContractTermsInput | Record<string, unknown>;
}): Promise<{ contractId: string; changed: boolean }> {
  requireUserId(options.actor);
  return options.db.transaction(async (tx) => {
    const { contract, competition, subject } = await findOfficeContract(tx, {
      ...options,
      action: "edit",
      forUpdate: true,
    });
    if (options.offerId !== undefined && contract.offerId !== options.offerId)
      throw new AppError("NOT_FOUND", "error.notFound");
    assertCan(subject, "edit", { status: contract.status, departmentId: competition.departmentId });
    const version = await currentVersionOf(tx, contract.id);
    if (version.number !== 1) throw new AppError("CONFLICT", "contracts.error.wrongStatus");
    const before = version.document;
    const parsed = contractTermsSchema({
      grant: before.grantAmount,
      ownContribution: before.ownContribution,
    }).safeParse(options.input);
    if (!parsed.success) throw validationError(parsed.error.issues);
    const terms = parsed.data;
    const after: ContractContent = {
      ...before,
      form: terms.form,
      authority: { ...before.authority, representatives: terms.representatives },
      bankAccount: terms.bankAccount,
      allowedShiftBp: terms.allowedShift,
      finalReportDays: terms.finalReportDays,
      returnDays: terms.returnDays,
      instalments: instalmentTerms(terms.instalments),
      reports: terms.reports,
    };
    const checksum = contentChecksum(after);
    if (checksum === version.checksum) return { contractId: contract.id, changed: false };
    await tx
      .update(contractVersions)
      .set({ content: after as unknown as Record<string, unknown>, checksum })
      .where(eq(contractVersions.id, version.id));
    await tx
      .update(contracts)
      .set({
        form: after.form,
        bankAccount: after.bankAccount,
        allowedShiftBp: after.allowedShiftBp,
        finalReportDays: after.finalReportDays,
        returnDays: after.returnDays,
        updatedAt: options.clock.now(),
      })
      .where(eq(contracts.id, contract.id));
    await tx.delete(contractInstalments).where(eq(contractInstalments.contractId, contract.id));
    await tx.delete(reports).where(and(eq(reports.contractId, contract.id), eq(reports.status, "due")));
    await writeScheduleRows(tx, options.tenantId, contract.id, { ...after, reports: after.reports });
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "contract",
      entityId: contract.id,
      action: "contracts.draftEdited",
      before: { ...termsOf(before), checksum: version.checksum },
      after: { ...termsOf(after), checksum },
    });
    return { contractId: contract.id, changed: true };
  });
}
