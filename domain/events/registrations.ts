import { and, asc, count, eq, max } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import { hashToken, randomToken } from "../../platform/auth/tokens.server";
import type { DbOrTx } from "../../platform/db/client.server";
import { eventRegistrations } from "../../platform/db/schema/events";
import { formatDateTime } from "../../platform/format/dates";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { type EventRow, eventLinks } from "./access";
import { registrationMail } from "./mail/event-mails";

/** Helpers the registration use cases share; each runs inside the caller's transaction. */

export type RegistrationRow = typeof eventRegistrations.$inferSelect;

export interface MailDeps {
  appUrl: string;
  tenantName?: string;
}

/** "3 grudnia 2026, 10:00 – 14:00"-like text of an event's time, for mail. */
export function whenText(event: Pick<EventRow, "startsAt" | "endsAt">): string {
  return `${formatDateTime(event.startsAt)} – ${formatDateTime(event.endsAt)}`;
}

/** Confirmed places taken. */
export async function confirmedCount(tx: DbOrTx, eventId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, "confirmed")));
  return row?.n ?? 0;
}

/** The next arrival number of an event (the caller holds the event's row lock). */
export async function nextPosition(tx: DbOrTx, eventId: string): Promise<number> {
  const [row] = await tx
    .select({ last: max(eventRegistrations.position) })
    .from(eventRegistrations)
    .where(eq(eventRegistrations.eventId, eventId));
  return (row?.last ?? 0) + 1;
}

/** A new single-use cancellation token: the plain one for the mail, its hash for the row. */
export function newCancelToken(): { token: string; hash: string } {
  const token = randomToken();
  return { token, hash: hashToken(token) };
}

/** Mails a registration's state (confirmed, waiting, promoted) with the cancellation link. */
export async function mailRegistration(
  tx: DbOrTx,
  event: EventRow,
  registration: Pick<RegistrationRow, "email">,
  token: string,
  status: "confirmed" | "waiting" | "promoted",
  deps: MailDeps,
): Promise<void> {
  await enqueueMail(tx, {
    tenantId: event.tenantId,
    to: registration.email,
    template: `event.registration.${status}`,
    rendered: registrationMail({
      tenantName: deps.tenantName,
      title: event.title,
      when: whenText(event),
      location: event.location,
      pageLink: eventLinks.page(deps.appUrl, event.id),
      icsLink: eventLinks.ics(deps.appUrl, event.id),
      cancelLink: eventLinks.cancel(deps.appUrl, event.id, token),
      status,
    }),
  });
}

/**
 * Fills free places from the waiting list, first come first served; each promoted person gets a
 * fresh cancellation link by mail and an audit entry. The caller holds the event's row lock.
 */
export async function promoteFromWaitingList(
  tx: DbOrTx,
  event: EventRow,
  options: MailDeps & { actor: Actor; now: Date },
): Promise<string[]> {
  if (event.capacity === null || event.status !== "published") return [];
  const free = event.capacity - (await confirmedCount(tx, event.id));
  if (free <= 0) return [];
  const waiting = await tx
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.status, "waiting")))
    .orderBy(asc(eventRegistrations.position))
    .limit(free);
  const promoted: string[] = [];
  for (const registration of waiting) {
    const { token, hash } = newCancelToken();
    await tx
      .update(eventRegistrations)
      .set({ status: "confirmed", promotedAt: options.now, cancelTokenHash: hash })
      .where(eq(eventRegistrations.id, registration.id));
    await writeAudit(tx, {
      tenantId: event.tenantId,
      actor: options.actor,
      entityType: "event_registration",
      entityId: registration.id,
      action: "event.registration.promoted",
      before: { status: "waiting" },
      after: { status: "confirmed", eventId: event.id, at: options.now.toISOString() },
    });
    await mailRegistration(tx, event, registration, token, "promoted", options);
    promoted.push(registration.id);
  }
  return promoted;
}
