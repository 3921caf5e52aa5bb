import type { RouterContextProvider } from "react-router";
import { type AdministrationPermission, can, rolesFor } from "~/domain/administration/policy";
import type { AdminSections } from "../../components/admin/admin-nav";
import { requireStaff } from "../guards.server";

/** Guards an administration page by the permission the policy names (deny by default). */
export function requirePermission(
  context: Readonly<RouterContextProvider>,
  request: Request,
  permission: AdministrationPermission,
) {
  return requireStaff(context, request, rolesFor(permission));
}

/** The sections of the administration area these roles may open, for the navigation. */
export function adminSections(roles: { role: "admin" | "coordinator" | "officer" }[]): AdminSections {
  return {
    staff: can(roles, "staff.manage"),
    departments: can(roles, "departments.manage"),
    settings: can(roles, "tenant.configure"),
    audit: can(roles, "audit.read"),
    mailbox: can(roles, "mailbox.read"),
  };
}
