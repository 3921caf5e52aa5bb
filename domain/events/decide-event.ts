import type { Actor } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { ownersOf } from "../organizations/access";
import { eventLinks, findEventInTenant } from "./access";
import { eventDecisionMail } from "./mail/event-mails";
import { assertCan, type StaffRoleName, staffSubject } from "./policy";
import { transitionEvent } from "./transition-event";

export interface DecideEventOptions {
  db: Db;
  tenantId: string;
  tenantName?: string;
  appUrl: string;
  actor: Actor;
  staffRoles: readonly StaffRoleName[];
  clock: Clock;
  eventId: unknown;
  /** true publishes, false rejects (with the reason, which the organisation receives). */
  approve: boolean;
  reason?: unknown;
}

/** The coordinator publishes or rejects (with a reason) an organisation's event; its owners are mailed. */
export async function decideEvent(options: DecideEventOptions): Promise<void> {
  const reason = typeof options.reason === "string" ? options.reason.trim().slice(0, 2_000) : "";
  await options.db.transaction(async (tx) => {
    const event = await findEventInTenant(tx, options.tenantId, options.eventId, { lock: true });
    assertCan(staffSubject(options.staffRoles), options.approve ? "approve" : "reject", event);
    const updated = await transitionEvent(tx, {
      event,
      to: options.approve ? "published" : "rejected",
      actor: options.actor,
      now: options.clock.now(),
      reason,
    });
    if (!updated.organizationId) return;
    for (const person of await ownersOf(tx, updated.organizationId))
      await enqueueMail(tx, {
        tenantId: options.tenantId,
        to: person.email,
        template: options.approve ? "event.approved" : "event.rejected",
        rendered: eventDecisionMail(person.locale, {
          tenantName: options.tenantName,
          title: updated.title,
          approved: options.approve,
          reason,
          link: options.approve
            ? eventLinks.page(options.appUrl, updated.id)
            : eventLinks.submit(options.appUrl),
        }),
      });
  });
}
