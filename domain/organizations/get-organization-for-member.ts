import type { Db } from "../../platform/db/client.server";
import { assertCan, findOrganizationInTenant, type OrganizationRow, subjectFor } from "./access";
import { can, type OrganizationAction } from "./policy";
import type { MemberRole } from "./schemas";

export interface MemberView {
  organization: OrganizationRow;
  role: MemberRole;
  /** What the person may do here, for the page to show or hide controls. */
  allowed: { edit: boolean; manageMembers: boolean; applyForGrants: boolean };
}

/**
 * An organisation as its member sees it. NOT_FOUND when the id is malformed or belongs to another
 * tenant; FORBIDDEN when the person is not a member or their role does not allow `action`.
 */
export async function getOrganizationForMember(options: {
  db: Db;
  tenantId: string;
  userId: string;
  organizationId: unknown;
  action?: OrganizationAction;
}): Promise<MemberView> {
  const organization = await findOrganizationInTenant(options.db, options.tenantId, options.organizationId);
  const subject = await subjectFor(options.db, organization.id, options.userId);
  assertCan(subject, "workspace.view", organization);
  if (options.action) assertCan(subject, options.action, organization);
  return {
    organization,
    role: subject.membership as MemberRole,
    allowed: {
      edit: can(subject, "profile.edit", organization),
      manageMembers: can(subject, "members.manage", organization),
      applyForGrants: can(subject, "grants.apply", organization),
    },
  };
}
