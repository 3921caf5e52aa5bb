import { and, eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { contractChangeRequests } from "../../platform/db/schema/contracts";
import { AppError } from "../../platform/errors/app-error";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { currentVersionOf, findMemberContract } from "../contracts/access";
import { assertCan } from "../contracts/policy";
import { canonicalJson } from "../offers/document";
import { tenantForOffers } from "../offers/offer-content";
import { requireUserId, validationError } from "../organizations/access";
import { reasonRecipients } from "../results/request-reasons";
import { changeContextOf, changeLinks, organizationNameOf } from "./access";
import { changeSubmittedMail } from "./mail/annex-mails";
import { type ChangeDiff, diffChange } from "./rules";
import { changeRequestSchema } from "./schemas";

export interface SubmittedChange {
  id: string;
  diff: ChangeDiff;
  /** The same request was already submitted (a double click): nothing new was written. */
  repeated: boolean;
}

/**
 * An owner or editor of an offeror asks to change the contract in progress (wniosek o zmianę,
 * PROCESS.md §4): in one transaction that locks the contract row (a double click gives one
 * request, the second answers with it), the request is checked against the contract's current
 * version (the grant stays, the competition's shares hold: VALIDATION by field), stored as
 * "submitted" against that version, audited, and mailed to the officers of the competition's
 * department and the coordinators.
 */
export async function submitChangeRequest(options: {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  appUrl: string;
  contractId: unknown;
  input: unknown;
}): Promise<SubmittedChange> {
  const userId = requireUserId(options.actor);
  return options.db.transaction(async (tx) => {
    const { contract, competition, subject } = await findMemberContract(tx, {
      tenantId: options.tenantId,
      contractId: options.contractId,
      userId,
      action: "change.submit",
      forUpdate: true,
    });
    assertCan(subject, "change.submit", { status: contract.status, departmentId: competition.departmentId });
    const current = await currentVersionOf(tx, contract.id);
    const context = await changeContextOf(tx, options.tenantId, contract, current.document);
    const parsed = changeRequestSchema(context).safeParse(options.input);
    if (!parsed.success) throw validationError(parsed.error.issues);
    const { kinds, justification, proposed } = parsed.data;
    const diff = diffChange(current.document, proposed, kinds);
    if (diff.empty && !kinds.includes("other"))
      throw new AppError("VALIDATION", "annexes.error.nothingChanged", {
        fieldErrors: { kinds: ["annexes.error.nothingChanged"] },
      });
    const pending = await tx
      .select()
      .from(contractChangeRequests)
      .where(
        and(
          eq(contractChangeRequests.contractId, contract.id),
          eq(contractChangeRequests.status, "submitted"),
          eq(contractChangeRequests.submittedBy, userId),
          eq(contractChangeRequests.baseVersion, current.number),
        ),
      );
    const same = pending.find(
      (r) =>
        r.justification === justification &&
        canonicalJson(r.kinds) === canonicalJson(kinds) &&
        canonicalJson(r.proposed) === canonicalJson(proposed),
    );
    if (same) return { id: same.id, diff, repeated: true };
    const now = options.clock.now();
    const [row] = await tx
      .insert(contractChangeRequests)
      .values({
        tenantId: options.tenantId,
        contractId: contract.id,
        kinds,
        justification,
        proposed: proposed as Record<string, unknown>,
        status: "submitted",
        baseVersion: current.number,
        submittedBy: userId,
        submittedAt: now,
      })
      .returning({ id: contractChangeRequests.id });
    if (!row) throw new Error("change request not inserted");
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "contract",
      entityId: contract.id,
      action: "annexes.submitted",
      before: null,
      after: { changeRequestId: row.id, status: "submitted", kinds, baseVersion: current.number },
    });
    const tenant = await tenantForOffers(tx, options.tenantId);
    const organizationName = await organizationNameOf(tx, contract.organizationId);
    for (const to of await reasonRecipients(tx, options.tenantId, competition.departmentId))
      await enqueueMail(tx, {
        tenantId: options.tenantId,
        to: to.email,
        template: "annexes.submitted",
        rendered: changeSubmittedMail(to.locale, {
          tenantName: tenant.name,
          contractNumber: contract.number,
          taskTitle: contract.taskTitle,
          organizationName,
          justification,
          link: changeLinks.office(options.appUrl, contract.id, row.id),
        }),
      });
    return { id: row.id, diff, repeated: false };
  });
}
