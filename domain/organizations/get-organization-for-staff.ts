import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client.server";
import { auditLog } from "../../platform/db/schema/audit";
import { users } from "../../platform/db/schema/identity";
import { organizationMembers } from "../../platform/db/schema/organizations";
import { assertCan, findOrganizationInTenant } from "./access";
import { can, type StaffRoleName } from "./policy";

/** How many history lines the details page shows. */
const HISTORY_LIMIT = 50;

/** An organisation in the back office: the profile, its members and its history from the audit log. */
export async function getOrganizationForStaff(options: {
  db: Db;
  tenantId: string;
  staffRoles: readonly StaffRoleName[];
  organizationId: unknown;
}) {
  const organization = await findOrganizationInTenant(options.db, options.tenantId, options.organizationId);
  const subject = { membership: null, staffRoles: options.staffRoles };
  assertCan(subject, "backOffice.view", organization);
  const members = await options.db
    .select({ name: users.name, email: users.email, role: organizationMembers.role })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(eq(organizationMembers.organizationId, organization.id))
    .orderBy(asc(users.name));
  const history = await options.db
    .select({ at: auditLog.at, actor: auditLog.actorLabel, action: auditLog.action })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.tenantId, options.tenantId),
        eq(auditLog.entityType, "organization"),
        eq(auditLog.entityId, organization.id),
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(HISTORY_LIMIT);
  const creator = organization.createdBy
    ? (
        await options.db
          .select({ name: users.name, email: users.email })
          .from(users)
          .where(eq(users.id, organization.createdBy))
      )[0]
    : undefined;
  return {
    organization,
    members,
    history,
    creator: creator ?? null,
    allowed: {
      verify: can(subject, "registration.verify", organization),
      reject: can(subject, "registration.reject", organization),
    },
  };
}
