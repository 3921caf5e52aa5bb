import { asc, eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import { hashPassword } from "../../platform/auth/password.server";
import { RESET_TOKEN_TTL_MS } from "../../platform/auth/rules";
import { randomToken } from "../../platform/auth/tokens.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db, DbOrTx } from "../../platform/db/client.server";
import { staffRoles, users } from "../../platform/db/schema/identity";
import { tenants } from "../../platform/db/schema/tenancy";
import { AppError } from "../../platform/errors/app-error";
import { z } from "../../platform/validation/zod-messages";
import { EmailField, NameField } from "./fields";
import { issuePasswordSetupToken, passwordSetupUrl } from "./password-setup-token";
import { TerytField } from "./update-tenant-settings";

/** The actor of changes made by the first-administrator command. */
export const COMMAND_ACTOR: Actor = { userId: null, label: "system:admin-create", ip: null };

export const BootstrapAdministratorSchema = z.object({
  email: EmailField,
  name: NameField,
  tenantSlug: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, "admin.bootstrap.slugFormat")
    .optional(),
  tenantName: NameField.optional(),
  teryt: TerytField.optional(),
});
export type BootstrapAdministratorInput = z.infer<typeof BootstrapAdministratorSchema>;

export interface BootstrapResult {
  tenant: { slug: string; name: string; created: boolean };
  user: { email: string; created: boolean };
  /** One-time link to set the password; valid for an hour. */
  url: string;
  expiresAt: Date;
}

/** "Gmina Miasto Częstochowa" → "gmina-miasto-czestochowa". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replaceAll("ł", "l")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

/**
 * Makes someone an administrator of a municipality, from the command line: on an empty production
 * database it creates the municipality too. The account gets no password here — the result carries
 * a one-time link (an hour, like a password reset) to set one, so no password passes through the
 * shell history. Running it again for the same person issues a new link (a way back in).
 */
export async function bootstrapAdministrator(options: {
  db: Db;
  clock: Clock;
  appUrl: string;
  input: BootstrapAdministratorInput;
}): Promise<BootstrapResult> {
  const { db, clock, input } = options;
  const now = clock.now();
  const unusablePassword = await hashPassword(randomToken());
  return db.transaction(async (tx) => {
    const tenant = await findOrCreateTenant(tx, input);
    let [user] = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(eq(users.email, input.email));
    const userCreated = !user;
    if (!user) {
      [user] = await tx
        .insert(users)
        .values({ email: input.email, name: input.name, passwordHash: unusablePassword })
        .returning({ id: users.id, email: users.email });
      if (!user) throw new Error("user insert returned nothing");
      await writeAudit(tx, {
        tenantId: tenant.id,
        actor: COMMAND_ACTOR,
        entityType: "user",
        entityId: user.id,
        action: "user.created",
        after: { email: input.email, name: input.name },
      });
    }
    const [role] = await tx
      .insert(staffRoles)
      .values({ tenantId: tenant.id, userId: user.id, role: "admin", departmentId: null })
      .onConflictDoNothing()
      .returning({ id: staffRoles.id });
    if (role) {
      await writeAudit(tx, {
        tenantId: tenant.id,
        actor: COMMAND_ACTOR,
        entityType: "staff_role",
        entityId: role.id,
        action: "staff_role.granted",
        after: { user: user.email, role: "admin", department: null },
      });
    }
    const { token, expiresAt } = await issuePasswordSetupToken(tx, {
      userId: user.id,
      now,
      ttlMs: RESET_TOKEN_TTL_MS,
      purpose: "first-administrator",
    });
    return {
      tenant: { slug: tenant.slug, name: tenant.name, created: tenant.created },
      user: { email: user.email, created: userCreated },
      url: passwordSetupUrl(options.appUrl, token),
      expiresAt,
    };
  });
}

async function findOrCreateTenant(
  tx: DbOrTx,
  input: BootstrapAdministratorInput,
): Promise<{ id: string; slug: string; name: string; created: boolean }> {
  const existing = await tx
    .select({ id: tenants.id, slug: tenants.slug, name: tenants.name })
    .from(tenants)
    .orderBy(asc(tenants.createdAt));
  if (input.tenantSlug) {
    const found = existing.find((t) => t.slug === input.tenantSlug);
    if (found) return { ...found, created: false };
  } else if (existing.length === 1 && existing[0]) {
    return { ...existing[0], created: false };
  } else if (existing.length > 1) {
    throw new AppError("VALIDATION", "admin.bootstrap.chooseTenant", {
      details: { slugs: existing.map((t) => t.slug) },
    });
  }
  if (!input.tenantName || !input.teryt) {
    throw new AppError("VALIDATION", "admin.bootstrap.tenantDataRequired", {
      details: { slug: input.tenantSlug ?? null },
    });
  }
  const slug = input.tenantSlug ?? slugify(input.tenantName);
  if (!slug) throw new AppError("VALIDATION", "admin.bootstrap.slugFormat");
  const [created] = await tx
    .insert(tenants)
    .values({ slug, name: input.tenantName, teryt: input.teryt })
    .returning({ id: tenants.id, slug: tenants.slug, name: tenants.name });
  if (!created) throw new Error("tenant insert returned nothing");
  await writeAudit(tx, {
    tenantId: created.id,
    actor: COMMAND_ACTOR,
    entityType: "tenant",
    entityId: created.id,
    action: "tenant.created",
    after: { slug, name: input.tenantName, teryt: input.teryt },
  });
  return { ...created, created: true };
}
