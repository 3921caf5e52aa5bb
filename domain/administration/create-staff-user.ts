import { and, eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import { hashPassword } from "../../platform/auth/password.server";
import { randomToken } from "../../platform/auth/tokens.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { users } from "../../platform/db/schema/identity";
import { departments } from "../../platform/db/schema/tenancy";
import { AppError } from "../../platform/errors/app-error";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import type { MailLocale } from "../../platform/mail/templates/types";
import { z } from "../../platform/validation/zod-messages";
import {
  EmailField,
  isUniqueViolation,
  NameField,
  OptionalIdField,
  requireDepartmentForOfficer,
  StaffRoleField,
} from "./fields";
import { grantRoleToUser } from "./grant-staff-role";
import { issuePasswordSetupToken, passwordSetupUrl } from "./password-setup-token";
import { staffInvitationMail } from "./staff-invitation-mail";

/**
 * How long the password-setup link of an invitation works. Longer than a password reset's hour
 * (platform/auth/rules.ts): an invitation is often read the next working day. Single use either way.
 */
export const STAFF_INVITATION_TTL_MS = 48 * 60 * 60 * 1000;

/** The "invite a staff member" form. */
export const InviteStaffSchema = z
  .object({ name: NameField, email: EmailField, role: StaffRoleField, departmentId: OptionalIdField })
  .superRefine(requireDepartmentForOfficer);
export type InviteStaffInput = z.infer<typeof InviteStaffSchema>;

/**
 * An administrator invites a staff member by e-mail: the account is created with an unusable random
 * password, gets the role, and a password-setup link goes out by mail — all in one transaction with
 * its audit entry. An existing account is refused: give it a role with grant-staff-role instead.
 */
export async function createStaffUser(options: {
  db: Db;
  tenant: { id: string; name: string };
  actor: Actor;
  clock: Clock;
  appUrl: string;
  input: InviteStaffInput;
  locale?: MailLocale;
}): Promise<{ userId: string }> {
  const { db, tenant, actor, clock, input } = options;
  const now = clock.now();
  const passwordHash = await hashPassword(randomToken());
  const exists = () =>
    new AppError("CONFLICT", "admin.invite.exists", { fieldErrors: { email: ["admin.invite.exists"] } });
  try {
    return await db.transaction(async (tx) => {
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
      if (existing) throw exists();
      const [user] = await tx
        .insert(users)
        .values({ email: input.email, name: input.name, passwordHash, locale: options.locale ?? "pl" })
        .returning({ id: users.id, email: users.email });
      if (!user) throw new Error("user insert returned nothing");
      await grantRoleToUser(tx, {
        tenantId: tenant.id,
        actor,
        user,
        role: input.role,
        departmentId: input.departmentId,
      });
      const [department] = input.departmentId
        ? await tx
            .select({ name: departments.name })
            .from(departments)
            .where(and(eq(departments.id, input.departmentId), eq(departments.tenantId, tenant.id)))
        : [];
      const { token } = await issuePasswordSetupToken(tx, {
        userId: user.id,
        now,
        ttlMs: STAFF_INVITATION_TTL_MS,
        purpose: "staff-invitation",
      });
      await enqueueMail(tx, {
        tenantId: tenant.id,
        to: user.email,
        template: "administration.staff-invitation",
        rendered: staffInvitationMail({
          locale: options.locale ?? "pl",
          tenantName: tenant.name,
          name: input.name,
          invitedBy: actor.label,
          role: input.role,
          departmentName: department?.name ?? null,
          url: passwordSetupUrl(options.appUrl, token),
          validHours: STAFF_INVITATION_TTL_MS / 3_600_000,
        }),
      });
      await writeAudit(tx, {
        tenantId: tenant.id,
        actor,
        entityType: "user",
        entityId: user.id,
        action: "user.invited",
        after: { email: user.email, name: input.name, role: input.role },
      });
      return { userId: user.id };
    });
  } catch (error) {
    // Two invitations of one address at the same moment: the unique e-mail index decides.
    if (isUniqueViolation(error)) throw exists();
    throw error;
  }
}
