import { and, eq, inArray } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { organizations } from "../../platform/db/schema/organizations";
import { AppError } from "../../platform/errors/app-error";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { findOrganizationInTenant, organizationLinks, ownersOf, validationError } from "./access";
import { organizationRejectedMail } from "./mail/registration-mails";
import { can, type StaffRoleName } from "./policy";
import { RejectOrganizationSchema } from "./schemas";
import { canTransition, ORGANIZATION_TRANSITIONS } from "./states";

export interface RejectOrganizationOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  staffRoles: readonly StaffRoleName[];
  clock: Clock;
  appUrl: string;
  organizationId: string;
  reason: string;
}

/** The coordinator rejects a registration with a reason, which goes to the owners by mail. */
export async function rejectOrganization(options: RejectOrganizationOptions): Promise<void> {
  const parsed = RejectOrganizationSchema.safeParse({ reason: options.reason });
  if (!parsed.success) throw validationError(parsed.error.issues);
  const reason = parsed.data.reason;
  const transition = ORGANIZATION_TRANSITIONS.reject;
  await options.db.transaction(async (tx) => {
    const org = await findOrganizationInTenant(tx, options.tenantId, options.organizationId);
    if (
      !can({ membership: null, staffRoles: options.staffRoles }, "registration.reject", { status: "pending" })
    )
      throw new AppError("FORBIDDEN", "error.forbidden");
    if (!canTransition(org.status, "reject")) throw new AppError("CONFLICT", "org.error.alreadyDecided");
    const updated = await tx
      .update(organizations)
      .set({ status: transition.to, rejectionReason: reason, updatedAt: options.clock.now() })
      .where(and(eq(organizations.id, org.id), inArray(organizations.status, [...transition.from])))
      .returning({ id: organizations.id });
    if (updated.length === 0) throw new AppError("CONFLICT", "org.error.alreadyDecided");
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "organization",
      entityId: org.id,
      action: "organization.rejected",
      before: { status: org.status },
      after: { status: transition.to, rejectionReason: reason },
    });
    for (const owner of await ownersOf(tx, org.id)) {
      await enqueueMail(tx, {
        tenantId: options.tenantId,
        to: owner.email,
        template: "organizations.rejected",
        rendered: organizationRejectedMail(owner.locale, {
          organizationName: org.name,
          reason,
          link: organizationLinks.edit(options.appUrl, org.id),
        }),
      });
    }
  });
}
