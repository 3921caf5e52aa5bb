import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { contactMessages } from "../../platform/db/schema/contact";
import { users } from "../../platform/db/schema/identity";
import { AppError } from "../../platform/errors/app-error";
import { canOnInbox, type StaffRoleName } from "./policy";
import { INBOX_PAGE_SIZE } from "./rules";

/** The coordinator's inbox, newest first: open messages only, or every message. */
export async function listInbox(options: {
  db: DbOrTx;
  tenantId: string;
  staffRoles: readonly StaffRoleName[];
  show: "open" | "all";
}) {
  if (!canOnInbox(options.staffRoles, "inbox.view")) throw new AppError("FORBIDDEN", "error.forbidden");
  const where =
    options.show === "open"
      ? and(eq(contactMessages.tenantId, options.tenantId), isNull(contactMessages.handledAt))
      : eq(contactMessages.tenantId, options.tenantId);
  const items = await options.db
    .select({
      id: contactMessages.id,
      kind: contactMessages.kind,
      name: contactMessages.name,
      email: contactMessages.email,
      subject: contactMessages.subject,
      message: contactMessages.message,
      pageUrl: contactMessages.pageUrl,
      createdAt: contactMessages.createdAt,
      handledAt: contactMessages.handledAt,
      handledByName: users.name,
    })
    .from(contactMessages)
    .leftJoin(users, eq(users.id, contactMessages.handledBy))
    .where(where)
    .orderBy(desc(contactMessages.createdAt), desc(contactMessages.id))
    .limit(INBOX_PAGE_SIZE);
  const [open] = await options.db
    .select({ n: count() })
    .from(contactMessages)
    .where(and(eq(contactMessages.tenantId, options.tenantId), isNull(contactMessages.handledAt)));
  return { items, openCount: open?.n ?? 0 };
}
export type InboxItem = Awaited<ReturnType<typeof listInbox>>["items"][number];
