import { and, asc, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { auditLog } from "../../platform/db/schema/audit";
import {
  contractChangeRequests,
  contractInstalments,
  contractVersions,
} from "../../platform/db/schema/contracts";
import { organizations } from "../../platform/db/schema/organizations";
import { reports } from "../../platform/db/schema/reports";
import type { CompetitionRow } from "../competitions/access";
import { type ContractRow, currentVersionOf } from "./access";

/**
 * What the office's and the organisation's contract pages share (get-office-contract.ts,
 * get-member-contract.ts): the terms of the current version, the instalment ledger with its
 * computed totals, the versions, the reports and the change requests.
 */

/** How many history lines the office's page shows. */
const HISTORY_LIMIT = 100;

export async function readContractPage(db: DbOrTx, contract: ContractRow, competition: CompetitionRow) {
  const version = await currentVersionOf(db, contract.id);
  const doc = version.document;
  const [organization] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, contract.organizationId));
  const instalments = await db
    .select({
      position: contractInstalments.position,
      year: contractInstalments.year,
      plannedOn: contractInstalments.plannedOn,
      plannedAmount: contractInstalments.plannedAmount,
      paidOn: contractInstalments.paidOn,
      paidAmount: contractInstalments.paidAmount,
    })
    .from(contractInstalments)
    .where(eq(contractInstalments.contractId, contract.id))
    .orderBy(asc(contractInstalments.position));
  const versions = await db
    .select({
      number: contractVersions.number,
      kind: contractVersions.kind,
      annexNumber: contractVersions.annexNumber,
      checksum: contractVersions.checksum,
      createdAt: contractVersions.createdAt,
    })
    .from(contractVersions)
    .where(eq(contractVersions.contractId, contract.id))
    .orderBy(asc(contractVersions.number));
  const reportRows = await db
    .select({
      id: reports.id,
      kind: reports.kind,
      periodStart: reports.periodStart,
      periodEnd: reports.periodEnd,
      dueOn: reports.dueOn,
      status: reports.status,
    })
    .from(reports)
    .where(eq(reports.contractId, contract.id))
    .orderBy(asc(reports.dueOn), asc(reports.periodEnd));
  const changes = await db
    .select({
      id: contractChangeRequests.id,
      submittedAt: contractChangeRequests.submittedAt,
      kinds: contractChangeRequests.kinds,
      status: contractChangeRequests.status,
    })
    .from(contractChangeRequests)
    .where(eq(contractChangeRequests.contractId, contract.id))
    .orderBy(desc(contractChangeRequests.submittedAt));
  return {
    contract: {
      id: contract.id,
      number: contract.number,
      status: contract.status,
      form: contract.form,
      organizationName: organization?.name ?? "",
      sentAt: contract.sentAt,
      signedOn: contract.signedOn,
      hasSignedFile: contract.signedFileId !== null,
      startedAt: contract.startedAt,
      terminatedAt: contract.terminatedAt,
      terminationReason: contract.terminationReason,
    },
    competition: { id: competition.id, title: competition.title },
    terms: {
      versionNumber: version.number,
      place: doc.place,
      drawnUpOn: doc.drawnUpOn,
      authority: doc.authority.name,
      taskTitle: doc.taskTitle,
      taskStart: doc.taskStart,
      taskEnd: doc.taskEnd,
      grantAmount: doc.grantAmount,
      ownContribution: doc.ownContribution,
      totalCost: doc.totalCost,
      bankAccount: doc.bankAccount,
      allowedShiftBp: doc.allowedShiftBp,
      finalReportDays: doc.finalReportDays,
      returnDays: doc.returnDays,
    },
    instalments,
    totals: {
      planned: instalments.reduce((sum, i) => sum + i.plannedAmount, 0),
      paid: instalments.reduce((sum, i) => sum + (i.paidAmount ?? 0), 0),
    },
    versions,
    reports: reportRows,
    changes,
    settlementOpen: ["in_progress", "settled", "terminated"].includes(contract.status),
  };
}

/** The contract's history from the audit log, newest first (what, who, when). */
export function readContractHistory(db: DbOrTx, tenantId: string, contractId: string) {
  return db
    .select({ at: auditLog.at, actor: auditLog.actorLabel, action: auditLog.action })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.tenantId, tenantId),
        eq(auditLog.entityType, "contract"),
        eq(auditLog.entityId, contractId),
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(HISTORY_LIMIT);
}
