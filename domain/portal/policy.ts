import type { StaffRole } from "../../platform/auth/session.server";
import { AppError } from "../../platform/errors/app-error";

/**
 * Who may change what on the public portal (PROCESS.md §1: the coordinator runs the portal).
 * Reading the portal needs no permission; anything not listed here is denied.
 */
export const PORTAL_POLICY = {
  /** The 1.5 % campaign's yearly figures. */
  "oppCampaign.edit": ["admin", "coordinator"],
} as const satisfies Record<string, readonly StaffRole[]>;

export type PortalPermission = keyof typeof PORTAL_POLICY;

/** The roles that grant a permission, for requireStaff(context, request, portalRolesFor(…)). */
export function portalRolesFor(permission: PortalPermission): StaffRole[] {
  return Object.hasOwn(PORTAL_POLICY, permission) ? [...PORTAL_POLICY[permission]] : [];
}

/** Whether someone holding these roles (in the tenant, second factor passed) may do it. */
export function canOnPortal(roles: readonly StaffRole[], permission: string): boolean {
  if (!Object.hasOwn(PORTAL_POLICY, permission)) return false;
  const allowed: readonly StaffRole[] = PORTAL_POLICY[permission as PortalPermission];
  return roles.some((r) => allowed.includes(r));
}

export function assertCanOnPortal(roles: readonly StaffRole[], permission: PortalPermission): void {
  if (!canOnPortal(roles, permission)) throw new AppError("FORBIDDEN", "error.forbidden");
}
