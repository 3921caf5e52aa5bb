import { and, eq, sql } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import { hashToken, randomToken } from "../../platform/auth/tokens.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { users } from "../../platform/db/schema/identity";
import { organizationInvitations, organizationMembers } from "../../platform/db/schema/organizations";
import { AppError } from "../../platform/errors/app-error";
import { formatDate } from "../../platform/format/dates";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import type { MailLocale } from "../../platform/mail/templates/types";
import {
  assertCan,
  findOrganizationInTenant,
  organizationLinks,
  personOf,
  requireUserId,
  subjectFor,
  validationError,
} from "./access";
import { invitationMail } from "./mail/invitation-mail";
import { INVITATION_TTL_MS } from "./rules";
import { InviteMemberSchema, type MemberRole } from "./schemas";

export interface InviteMemberOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  appUrl: string;
  organizationId: string;
  email: string;
  role: MemberRole;
  /** Language of the mail (the inviter's choice; the invitee may have no account yet). */
  locale?: MailLocale;
}

/**
 * An owner invites a person by e-mail. The link carries a random token; only its hash is stored.
 * The token is returned for the caller's tests and never shown on a page.
 */
export async function inviteMember(
  options: InviteMemberOptions,
): Promise<{ invitationId: string; token: string }> {
  const userId = requireUserId(options.actor);
  const parsed = InviteMemberSchema.safeParse({ email: options.email, role: options.role });
  if (!parsed.success) throw validationError(parsed.error.issues);
  const email = parsed.data.email.toLowerCase();
  return options.db.transaction(async (tx) => {
    const org = await findOrganizationInTenant(tx, options.tenantId, options.organizationId);
    assertCan(await subjectFor(tx, org.id, userId), "members.manage", org);
    const [already] = await tx
      .select({ userId: organizationMembers.userId })
      .from(organizationMembers)
      .innerJoin(users, eq(users.id, organizationMembers.userId))
      .where(and(eq(organizationMembers.organizationId, org.id), sql`lower(${users.email}) = ${email}`))
      .limit(1);
    if (already) {
      throw new AppError("CONFLICT", "org.error.alreadyMember", {
        fieldErrors: { email: ["org.error.alreadyMember"] },
      });
    }
    const token = randomToken();
    const now = options.clock.now();
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
    const [invitation] = await tx
      .insert(organizationInvitations)
      .values({
        organizationId: org.id,
        email,
        role: parsed.data.role,
        tokenHash: hashToken(token),
        invitedBy: userId,
        expiresAt,
        createdAt: now,
      })
      .returning({ id: organizationInvitations.id });
    if (!invitation) throw new Error("invitation insert returned nothing");
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "organization",
      entityId: org.id,
      action: "organization.memberInvited",
      after: {
        invitationId: invitation.id,
        email,
        role: parsed.data.role,
        expiresAt: expiresAt.toISOString(),
      },
    });
    const inviter = await personOf(tx, userId);
    await enqueueMail(tx, {
      tenantId: options.tenantId,
      to: email,
      template: "organizations.invitation",
      rendered: invitationMail(options.locale ?? inviter.locale, {
        organizationName: org.name,
        inviterName: inviter.name,
        role: parsed.data.role,
        link: organizationLinks.invitation(options.appUrl, token),
        expiresOn: formatDate(expiresAt),
      }),
    });
    return { invitationId: invitation.id, token };
  });
}
