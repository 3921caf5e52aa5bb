import type { StaffRole } from "../../platform/auth/session.server";
import { AppError } from "../../platform/errors/app-error";

/**
 * Who may do what in the administration area (PROCESS.md §1: the administrator configures the
 * municipality, departments and users; the coordinator also reads the audit log). Anything not
 * listed is denied.
 */
export const ADMINISTRATION_POLICY = {
  "dashboard.view": ["admin", "coordinator"],
  "staff.manage": ["admin"],
  "departments.manage": ["admin"],
  "tenant.configure": ["admin"],
  "audit.read": ["admin", "coordinator"],
  "mailbox.read": ["admin"],
  "jobs.ping": ["admin"],
} as const satisfies Record<string, readonly StaffRole[]>;

export type AdministrationPermission = keyof typeof ADMINISTRATION_POLICY;

/** The roles that grant a permission, for requireStaff(context, request, rolesFor(…)). */
export function rolesFor(permission: AdministrationPermission): StaffRole[] {
  return [...(ADMINISTRATION_POLICY[permission] ?? [])];
}

/** Whether someone holding these roles (in the tenant, second factor passed) may do it. */
export function can(roles: readonly { role: StaffRole }[], permission: string): boolean {
  if (!Object.hasOwn(ADMINISTRATION_POLICY, permission)) return false;
  const allowed: readonly StaffRole[] = ADMINISTRATION_POLICY[permission as AdministrationPermission];
  return roles.some((r) => allowed.includes(r.role));
}

export function assertCan(roles: readonly { role: StaffRole }[], permission: AdministrationPermission): void {
  if (!can(roles, permission)) throw new AppError("FORBIDDEN", "error.forbidden");
}
