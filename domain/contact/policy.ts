/**
 * Who may do what with the coordinator's inbox: one table, deny by default. Anyone may write
 * (the forms are public); only the coordinator and the administrator read and handle messages.
 */
export type StaffRoleName = "admin" | "coordinator" | "officer";

export const CONTACT_POLICY = {
  "inbox.view": ["admin", "coordinator"],
  "inbox.handle": ["admin", "coordinator"],
} as const satisfies Record<string, readonly StaffRoleName[]>;

export type ContactAction = keyof typeof CONTACT_POLICY;

/** True only when one of the staff roles is listed for the action; an unknown action is a no. */
export function canOnInbox(staffRoles: readonly StaffRoleName[], action: ContactAction): boolean {
  if (!Object.hasOwn(CONTACT_POLICY, action)) return false;
  const allowed: readonly StaffRoleName[] = CONTACT_POLICY[action];
  return staffRoles.some((r) => allowed.includes(r));
}
