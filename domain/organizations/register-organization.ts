import { eq } from "drizzle-orm";
import type { Actor } from "../../platform/audit/write-audit.server";
import { writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db, DbOrTx } from "../../platform/db/client.server";
import { organizationMembers, organizations } from "../../platform/db/schema/organizations";
import { tenants } from "../../platform/db/schema/tenancy";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { readTenantSettings } from "../../platform/tenancy/settings";
import { isUniqueViolation, organizationLinks, personOf, requireUserId } from "./access";
import { registrationReceivedMail, registrationToVerifyMail } from "./mail/registration-mails";
import { assertNoDuplicate, parseProfile, profileToColumns } from "./profile-columns";
import type { OrganizationProfileInput } from "./schemas";

/** The coordinator's mailbox from the tenant's settings; a malformed setting means no notice, not a failure. */
async function coordinatorEmailOf(db: DbOrTx, tenantId: string): Promise<string> {
  const [tenant] = await db
    .select({ settings: tenants.settings })
    .from(tenants)
    .where(eq(tenants.id, tenantId));
  try {
    return readTenantSettings(tenant?.settings).coordinatorEmail;
  } catch {
    return "";
  }
}

export interface RegisterOrganizationOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  /** Public address of the app, for links in mail. */
  appUrl: string;
  profile: OrganizationProfileInput;
}

/**
 * "Zgłoś organizację": a logged-in person registers an organisation. It waits for the
 * coordinator's verification (status pending); the person becomes its owner. A second registration
 * with the same KRS or NIP in the tenant is refused with CONFLICT naming the existing organisation
 * (details.existingOrganizationId), so the page can offer to ask to join it.
 */
export async function registerOrganization(
  options: RegisterOrganizationOptions,
): Promise<{ organizationId: string }> {
  const userId = requireUserId(options.actor);
  const profile = parseProfile(options.profile);
  const columns = profileToColumns(profile);
  const now = options.clock.now();
  try {
    return await options.db.transaction(async (tx) => {
      await assertNoDuplicate(tx, options.tenantId, columns);
      const [created] = await tx
        .insert(organizations)
        .values({
          ...columns,
          tenantId: options.tenantId,
          status: "pending",
          createdBy: userId,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: organizations.id });
      if (!created) throw new Error("organization insert returned nothing");
      await tx
        .insert(organizationMembers)
        .values({ organizationId: created.id, userId, role: "owner", createdAt: now });
      await writeAudit(tx, {
        tenantId: options.tenantId,
        actor: options.actor,
        entityType: "organization",
        entityId: created.id,
        action: "organization.registered",
        after: { ...columns, status: "pending", owner: options.actor.label },
      });
      const person = await personOf(tx, userId);
      await enqueueMail(tx, {
        tenantId: options.tenantId,
        to: person.email,
        template: "organizations.registration-received",
        rendered: registrationReceivedMail(person.locale, {
          organizationName: profile.name,
          link: organizationLinks.workspace(options.appUrl, created.id),
        }),
      });
      const coordinatorEmail = await coordinatorEmailOf(tx, options.tenantId);
      if (coordinatorEmail) {
        await enqueueMail(tx, {
          tenantId: options.tenantId,
          to: coordinatorEmail,
          template: "organizations.registration-to-verify",
          rendered: registrationToVerifyMail({
            organizationName: profile.name,
            link: organizationLinks.backOffice(options.appUrl, created.id),
          }),
        });
      }
      return { organizationId: created.id };
    });
  } catch (error) {
    // Two registrations of the same organisation at once: the unique index catches the second.
    if (isUniqueViolation(error)) await assertNoDuplicate(options.db, options.tenantId, columns);
    throw error;
  }
}
