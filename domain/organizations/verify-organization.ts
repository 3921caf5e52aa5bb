import { and, eq, inArray } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { organizations } from "../../platform/db/schema/organizations";
import { AppError } from "../../platform/errors/app-error";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { findOrganizationInTenant, organizationLinks, ownersOf } from "./access";
import { organizationVerifiedMail } from "./mail/registration-mails";
import { can, type StaffRoleName } from "./policy";
import { canTransition, ORGANIZATION_TRANSITIONS } from "./states";

export interface VerifyOrganizationOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  /** The acting person's staff roles in the tenant (after the second factor). */
  staffRoles: readonly StaffRoleName[];
  clock: Clock;
  appUrl: string;
  organizationId: string;
}

/** The coordinator (or an admin) verifies a registration; from now on the organisation may apply for grants. */
export async function verifyOrganization(options: VerifyOrganizationOptions): Promise<void> {
  const transition = ORGANIZATION_TRANSITIONS.verify;
  await options.db.transaction(async (tx) => {
    const org = await findOrganizationInTenant(tx, options.tenantId, options.organizationId);
    const subject = { membership: null, staffRoles: options.staffRoles };
    if (!can(subject, "registration.verify", { status: "pending" }))
      throw new AppError("FORBIDDEN", "error.forbidden");
    if (!canTransition(org.status, "verify")) throw new AppError("CONFLICT", "org.error.alreadyDecided");
    const now = options.clock.now();
    const updated = await tx
      .update(organizations)
      .set({ status: transition.to, verifiedAt: now, rejectionReason: null, updatedAt: now })
      .where(and(eq(organizations.id, org.id), inArray(organizations.status, [...transition.from])))
      .returning({ id: organizations.id });
    if (updated.length === 0) throw new AppError("CONFLICT", "org.error.alreadyDecided");
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "organization",
      entityId: org.id,
      action: "organization.verified",
      before: { status: org.status },
      after: { status: transition.to, verifiedAt: now.toISOString() },
    });
    for (const owner of await ownersOf(tx, org.id)) {
      await enqueueMail(tx, {
        tenantId: options.tenantId,
        to: owner.email,
        template: "organizations.verified",
        rendered: organizationVerifiedMail(owner.locale, {
          organizationName: org.name,
          link: organizationLinks.workspace(options.appUrl, org.id),
        }),
      });
    }
  });
}
