import { z } from "../../platform/validation/zod-messages";

/** Field schemas shared by the administration forms (one schema per form is built from these). */

export const STAFF_ROLES = ["admin", "coordinator", "officer"] as const;

/** An e-mail address, trimmed and lower-cased as accounts store it. */
export const EmailField = z.string().trim().toLowerCase().max(254).pipe(z.email());

/** An optional e-mail address: empty means none. */
export const OptionalEmailField = z.union([z.literal(""), EmailField]).default("");

export const StaffRoleField = z.enum(STAFF_ROLES);

/** An id from a form or URL: a UUID or nothing (so a forged value is a 4xx, never a database error). */
export const IdField = z.guid();

export const OptionalIdField = z
  .union([z.literal(""), IdField])
  .optional()
  .transform((v) => v || null);

/** A person's or a unit's name. */
export const NameField = z.string().trim().min(1).max(200);

/** An officer belongs to a department; administrators and coordinators do not. */
export function requireDepartmentForOfficer(
  value: { role: (typeof STAFF_ROLES)[number]; departmentId: string | null },
  ctx: z.RefinementCtx,
): void {
  if (value.role === "officer" && !value.departmentId) {
    ctx.addIssue({ code: "custom", path: ["departmentId"], message: "admin.roles.departmentRequired" });
  }
}

/** True when a database error is a unique-constraint violation (directly or wrapped by Drizzle). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (e: unknown) => (e && typeof e === "object" && "code" in e ? e.code : undefined);
  return code(error) === "23505" || code((error as { cause?: unknown } | null)?.cause) === "23505";
}
