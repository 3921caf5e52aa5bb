import { eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db, DbOrTx } from "../../platform/db/client.server";
import { contractChangeRequests, contracts, contractVersions } from "../../platform/db/schema/contracts";
import { AppError } from "../../platform/errors/app-error";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { type ContractRow, currentVersionOf, findOfficeContract, type StaffRoles } from "../contracts/access";
import { contentChecksum } from "../contracts/checksum.server";
import { assertCan } from "../contracts/policy";
import { offerorLetterRecipients, offerorsOf } from "../offers/access";
import { tenantForOffers } from "../offers/offer-content";
import { requireUserId, validationError } from "../organizations/access";
import {
  annexCountOf,
  type ChangeRequestRow,
  changeLinks,
  findChangeRequest,
  organizationNameOf,
  proposedOf,
} from "./access";
import { changeApprovedMail, changeRejectedMail } from "./mail/annex-mails";
import { applyChange } from "./rules";
import { moveReportRows, type ReportRowMove } from "./schedule-rows";
import { ChangeDecisionSchema } from "./schemas";

/**
 * The officer of the competition's department (or a coordinator, an administrator) decides on a
 * change request. Approving draws up the annex: a new contract version (number = current + 1,
 * kind "annex", Aneks nr = annexes so far + 1) whose content is the current one with the change
 * applied and recomputed, its checksum, and the contract's amounts, dates and account updated.
 * A request made against a version that is no longer current (another annex came first) is
 * refused (CONFLICT). A new task period moves the report dates (the version's terms and the reports'
 * rows not yet submitted, schedule-rows.ts), audited with their dates before → after. Rejecting
 * needs remarks. The contract row is locked first, so a double click decides once; the offerors'
 * people are told by mail.
 */
export async function decideChangeRequest(options: {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  appUrl: string;
  staffRoles: StaffRoles;
  contractId: unknown;
  changeId: unknown;
  input: unknown;
}): Promise<{ status: "approved" | "rejected"; annexNumber: number | null; repeated: boolean }> {
  const userId = requireUserId(options.actor);
  return options.db.transaction(async (tx) => {
    const { contract, competition, subject } = await findOfficeContract(tx, {
      tenantId: options.tenantId,
      contractId: options.contractId,
      staffRoles: options.staffRoles,
      action: "change.decide",
      forUpdate: true,
    });
    const request = await findChangeRequest(tx, contract.id, options.changeId, { forUpdate: true });
    const parsed = ChangeDecisionSchema.safeParse(options.input);
    const wanted = parsed.success
      ? ({ approve: "approved", reject: "rejected" } as const)[parsed.data.decision]
      : null;
    if (wanted && request.status === wanted && request.decidedBy === userId)
      return { status: wanted, annexNumber: await annexNumberOf(tx, request), repeated: true };
    assertCan(subject, "change.decide", { status: contract.status, departmentId: competition.departmentId });
    if (!parsed.success || !wanted) throw validationError(parsed.error?.issues ?? []);
    if (request.status !== "submitted") throw new AppError("CONFLICT", "annexes.error.notSubmitted");
    const now = options.clock.now();
    const remarks = parsed.data.remarks || null;
    let annexNumber: number | null = null;
    let annexVersionId: string | null = null;
    let reportMoves: ReportRowMove[] = [];
    if (wanted === "approved") {
      if (request.baseVersion !== contract.currentVersion)
        throw new AppError("CONFLICT", "annexes.error.staleBase");
      ({ annexNumber, annexVersionId, reportMoves } = await drawUpAnnex(tx, {
        tenantId: options.tenantId,
        contract,
        request,
        userId,
        now,
      }));
    }
    const reportsAudit = reportMoves.length
      ? {
          before: reportMoves.map(({ id, kind, status, before }) => ({ id, kind, status, ...before })),
          after: reportMoves.map(({ id, kind, action, after }) => ({ id, kind, action, ...after })),
        }
      : null;
    await tx
      .update(contractChangeRequests)
      .set({ status: wanted, remarks, decidedBy: userId, decidedAt: now, annexVersionId })
      .where(eq(contractChangeRequests.id, request.id));
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "contract",
      entityId: contract.id,
      action: wanted === "approved" ? "annexes.approved" : "annexes.rejected",
      before: {
        changeRequestId: request.id,
        status: request.status,
        currentVersion: contract.currentVersion,
        ...(reportsAudit ? { reports: reportsAudit.before } : {}),
      },
      after: {
        changeRequestId: request.id,
        status: wanted,
        remarks,
        annexNumber,
        annexVersionId,
        currentVersion: annexNumber ? contract.currentVersion + 1 : contract.currentVersion,
        ...(reportsAudit ? { reports: reportsAudit.after } : {}),
      },
    });
    await tellOfferors(tx, options, contract, request.id, wanted, { annexNumber, remarks: remarks ?? "" });
    return { status: wanted, annexNumber, repeated: false };
  });
}

async function annexNumberOf(db: DbOrTx, request: ChangeRequestRow): Promise<number | null> {
  if (!request.annexVersionId) return null;
  const [row] = await db
    .select({ annexNumber: contractVersions.annexNumber })
    .from(contractVersions)
    .where(eq(contractVersions.id, request.annexVersionId));
  return row?.annexNumber ?? null;
}

/** Writes the annex's version and brings the contract's own columns up to it. */
async function drawUpAnnex(
  tx: DbOrTx,
  o: { tenantId: string; contract: ContractRow; request: ChangeRequestRow; userId: string; now: Date },
): Promise<{ annexNumber: number; annexVersionId: string; reportMoves: ReportRowMove[] }> {
  const current = await currentVersionOf(tx, o.contract.id);
  const content = applyChange(current.document, proposedOf(o.request));
  const annexNumber = (await annexCountOf(tx, o.contract.id)) + 1;
  const [version] = await tx
    .insert(contractVersions)
    .values({
      contractId: o.contract.id,
      number: current.number + 1,
      kind: "annex",
      annexNumber,
      changeRequestId: o.request.id,
      content: content as unknown as Record<string, unknown>,
      checksum: contentChecksum(content),
      createdBy: o.userId,
      createdAt: o.now,
    })
    .returning({ id: contractVersions.id });
  if (!version) throw new Error("annex version not inserted");
  await tx
    .update(contracts)
    .set({
      currentVersion: current.number + 1,
      totalCost: content.totalCost,
      ownContribution: content.ownContribution,
      bankAccount: content.bankAccount,
      taskStart: content.taskStart,
      taskEnd: content.taskEnd,
      updatedAt: o.now,
    })
    .where(eq(contracts.id, o.contract.id));
  const reportMoves = await moveReportRows(tx, {
    tenantId: o.tenantId,
    contractId: o.contract.id,
    before: current.document,
    after: content,
    now: o.now,
  });
  return { annexNumber, annexVersionId: version.id, reportMoves };
}

async function tellOfferors(
  tx: DbOrTx,
  options: { tenantId: string; appUrl: string },
  contract: ContractRow,
  changeId: string,
  status: "approved" | "rejected",
  extra: { annexNumber: number | null; remarks: string },
) {
  const tenant = await tenantForOffers(tx, options.tenantId);
  const offerors = await offerorsOf(
    tx,
    { id: contract.offerId, organizationId: contract.organizationId },
    null,
  );
  const data = {
    tenantName: tenant.name,
    contractNumber: contract.number,
    taskTitle: contract.taskTitle,
    organizationName: await organizationNameOf(tx, contract.organizationId),
    link: changeLinks.ngo(options.appUrl, contract.id, changeId),
  };
  const recipients = await offerorLetterRecipients(tx, {
    organizationIds: offerors.map((o) => o.organizationId),
    roles: ["owner", "editor"],
  });
  for (const to of recipients)
    await enqueueMail(tx, {
      tenantId: options.tenantId,
      to: to.email,
      template: status === "approved" ? "annexes.approved" : "annexes.rejected",
      rendered:
        status === "approved"
          ? changeApprovedMail(to.locale, { ...data, annexNumber: extra.annexNumber ?? 0 })
          : changeRejectedMail(to.locale, { ...data, remarks: extra.remarks }),
    });
}
