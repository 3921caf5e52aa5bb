import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client.server";
import { organizationMembers, organizations } from "../../platform/db/schema/organizations";

/** The organisations the person belongs to in this tenant, with their role and the registration's status. */
export async function listMyOrganizations(options: { db: Db; tenantId: string; userId: string }) {
  return options.db
    .select({
      id: organizations.id,
      name: organizations.name,
      legalForm: organizations.legalForm,
      status: organizations.status,
      rejectionReason: organizations.rejectionReason,
      role: organizationMembers.role,
    })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(and(eq(organizationMembers.userId, options.userId), eq(organizations.tenantId, options.tenantId)))
    .orderBy(asc(organizations.name));
}
