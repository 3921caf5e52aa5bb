import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { staffRoles, users } from "../../platform/db/schema/identity";
import type { MailLocale } from "../../platform/mail/templates/types";

/**
 * Who receives the forms' mail (and news waiting for moderation): the tenant's coordinators, or its administrators when it has no
 * coordinator yet (a message must never go nowhere).
 */
export async function inboxRecipients(
  db: DbOrTx,
  tenantId: string,
): Promise<{ email: string; locale: MailLocale }[]> {
  const rows = await db
    .selectDistinct({ email: users.email, locale: users.locale, role: staffRoles.role })
    .from(staffRoles)
    .innerJoin(users, eq(users.id, staffRoles.userId))
    .where(and(eq(staffRoles.tenantId, tenantId), inArray(staffRoles.role, ["coordinator", "admin"])));
  const coordinators = rows.filter((r) => r.role === "coordinator");
  const chosen = coordinators.length > 0 ? coordinators : rows;
  const unique = new Map(chosen.map((r) => [r.email, r.locale === "en" ? "en" : "pl"] as const));
  return [...unique].map(([email, locale]) => ({ email, locale }));
}
