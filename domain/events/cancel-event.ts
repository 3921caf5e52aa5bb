import { and, eq, ne } from "drizzle-orm";
import type { Actor } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { eventRegistrations } from "../../platform/db/schema/events";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { eventLinks, findEventInTenant } from "./access";
import { eventCancelledMail } from "./mail/event-mails";
import { assertCan, type StaffRoleName, staffSubject } from "./policy";
import { whenText } from "./registrations";
import { transitionEvent } from "./transition-event";

export interface CancelEventOptions {
  db: Db;
  tenantId: string;
  tenantName?: string;
  appUrl: string;
  actor: Actor;
  staffRoles: readonly StaffRoleName[];
  clock: Clock;
  eventId: unknown;
  reason: unknown;
}

/**
 * Staff cancel a published event: it stays in the calendar marked as cancelled (STATUS:CANCELLED
 * in the feeds, so subscribed calendars update) and everyone registered or waiting is mailed.
 */
export async function cancelEvent(options: CancelEventOptions): Promise<void> {
  const reason = typeof options.reason === "string" ? options.reason.trim().slice(0, 2_000) : "";
  await options.db.transaction(async (tx) => {
    const event = await findEventInTenant(tx, options.tenantId, options.eventId, { lock: true });
    assertCan(staffSubject(options.staffRoles), "cancel", event);
    const now = options.clock.now();
    const updated = await transitionEvent(tx, { event, to: "cancelled", actor: options.actor, now, reason });
    const people = await tx
      .select({ email: eventRegistrations.email })
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, event.id), ne(eventRegistrations.status, "cancelled")));
    for (const person of people)
      await enqueueMail(tx, {
        tenantId: options.tenantId,
        to: person.email,
        template: "event.cancelled",
        rendered: eventCancelledMail({
          tenantName: options.tenantName,
          title: updated.title,
          when: whenText(updated),
          reason,
          pageLink: eventLinks.page(options.appUrl, updated.id),
        }),
      });
  });
}
