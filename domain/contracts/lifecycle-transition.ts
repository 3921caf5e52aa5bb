import { eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db, DbOrTx } from "../../platform/db/client.server";
import { contracts } from "../../platform/db/schema/contracts";
import { formatMoney } from "../../platform/format/money";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import type { MailLocale, RenderedMail } from "../../platform/mail/templates/types";
import type { CompetitionRow } from "../competitions/access";
import { offerorLetterRecipients } from "../offers/access";
import { readOfferors, tenantForOffers } from "../offers/offer-content";
import { type ContractRow, contractLinks, findOfficeContract, type StaffRoles } from "./access";
import type { ContractMailData } from "./mail/lifecycle-mails";
import { assertCan, type ContractAction, type ContractSubject } from "./policy";
import { assertTransition, type ContractStatus } from "./states";

/**
 * What the contract's transitions share (send, recall, sign, start, terminate): the office's
 * options, the locked row with the policy's check, the status change with its audit entry, and the
 * letter to the offerors' people through the outbox.
 */

export interface ContractLifecycleOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  appUrl: string;
  staffRoles: StaffRoles;
  contractId: unknown;
}

export interface LockedContract {
  contract: ContractRow;
  competition: CompetitionRow;
  subject: ContractSubject;
}

/** The contract locked for the action (404/403 from access.ts before anything else). */
export function lockContract(tx: DbOrTx, options: ContractLifecycleOptions, action: ContractAction) {
  return findOfficeContract(tx, { ...options, action, forUpdate: true });
}

/**
 * Checks the policy and the status machine, writes the new status with `set`, and the audit entry
 * with the status and the changed fields before and after.
 */
export async function moveContract(
  tx: DbOrTx,
  options: ContractLifecycleOptions,
  locked: LockedContract,
  change: {
    action: ContractAction;
    to: ContractStatus;
    set: Partial<typeof contracts.$inferInsert>;
    auditAction: string;
    auditAfter?: Record<string, unknown>;
  },
): Promise<void> {
  const { contract, competition, subject } = locked;
  assertCan(subject, change.action, { status: contract.status, departmentId: competition.departmentId });
  assertTransition(contract.status, change.to);
  const now = options.clock.now();
  await tx
    .update(contracts)
    .set({ ...change.set, status: change.to, updatedAt: now })
    .where(eq(contracts.id, contract.id));
  const before: Record<string, unknown> = { status: contract.status };
  for (const key of Object.keys(change.set)) before[key] = contract[key as keyof ContractRow] ?? null;
  await writeAudit(tx, {
    tenantId: options.tenantId,
    actor: options.actor,
    entityType: "contract",
    entityId: contract.id,
    action: change.auditAction,
    before,
    after: { status: change.to, ...change.set, ...change.auditAfter },
  });
}

/** Queues one letter per person of the offerors (owners and editors) and the organisations' mailboxes. */
export async function mailOfferors(
  tx: DbOrTx,
  options: { tenantId: string; appUrl: string },
  locked: Pick<LockedContract, "contract" | "competition">,
  template: string,
  render: (locale: MailLocale, data: ContractMailData) => RenderedMail,
): Promise<number> {
  const { contract, competition } = locked;
  const tenant = await tenantForOffers(tx, options.tenantId);
  const offerors = await readOfferors(
    tx,
    { id: contract.offerId, organizationId: contract.organizationId },
    null,
  );
  const recipients = await offerorLetterRecipients(tx, {
    organizationIds: offerors.map((o) => o.organizationId),
    roles: ["owner", "editor"],
  });
  const data: ContractMailData = {
    tenantName: tenant.name,
    number: contract.number,
    taskTitle: contract.taskTitle,
    competitionTitle: competition.title,
    grant: formatMoney(contract.grantAmount),
    link: contractLinks.ngo(options.appUrl, contract.id),
  };
  for (const to of recipients)
    await enqueueMail(tx, {
      tenantId: options.tenantId,
      to: to.email,
      template,
      rendered: render(to.locale, data),
    });
  return recipients.length;
}
