import { and, eq, isNull } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { contactMessages } from "../../platform/db/schema/contact";
import { AppError } from "../../platform/errors/app-error";
import { isUuid } from "../organizations/access";
import { canOnInbox, type StaffRoleName } from "./policy";

/** The coordinator marks a message of the inbox as handled (once; a second time is a CONFLICT). */
export async function markMessageHandled(options: {
  db: Db;
  tenantId: string;
  actor: Actor;
  staffRoles: readonly StaffRoleName[];
  clock: Clock;
  messageId: unknown;
}): Promise<void> {
  if (!canOnInbox(options.staffRoles, "inbox.handle")) throw new AppError("FORBIDDEN", "error.forbidden");
  if (!isUuid(options.messageId)) throw new AppError("NOT_FOUND", "error.notFound");
  const messageId = options.messageId;
  await options.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: contactMessages.id, handledAt: contactMessages.handledAt })
      .from(contactMessages)
      .where(and(eq(contactMessages.id, messageId), eq(contactMessages.tenantId, options.tenantId)))
      .limit(1);
    if (!row) throw new AppError("NOT_FOUND", "error.notFound");
    const now = options.clock.now();
    const updated = await tx
      .update(contactMessages)
      .set({ handledAt: now, handledBy: options.actor.userId })
      .where(and(eq(contactMessages.id, row.id), isNull(contactMessages.handledAt)))
      .returning({ id: contactMessages.id });
    if (updated.length === 0) throw new AppError("CONFLICT", "contact.error.alreadyHandled");
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "contact_message",
      entityId: row.id,
      action: "contact.handled",
      after: { handledAt: now.toISOString() },
    });
  });
}
