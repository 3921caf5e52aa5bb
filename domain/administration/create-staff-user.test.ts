import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { hashToken } from "../../platform/auth/tokens.server";
import { fixedClock } from "../../platform/clock/clock";
import { auditLog } from "../../platform/db/schema/audit";
import { staffRoles, users, userTokens } from "../../platform/db/schema/identity";
import { mailOutbox } from "../../platform/db/schema/mail";
import { useTestDatabase } from "../../test/db";
import { createStaffUser, InviteStaffSchema, STAFF_INVITATION_TTL_MS } from "./create-staff-user";
import { buildDepartment, buildStaff, buildTenant, buildUser } from "./test-fixtures";

const APP_URL = "https://ngo.example.pl";

describe("inviting a staff member", () => {
  const t = useTestDatabase();
  const clock = fixedClock("2026-11-24T10:00:00Z");

  it("creates the account with a role, a password-setup token and a Polish invitation in the outbox", async () => {
    const tenant = await buildTenant(t.db, { name: "Gmina Miasto Częstochowa" });
    const { actor } = await buildStaff(t.db, tenant.id, "admin");
    const department = await buildDepartment(t.db, tenant.id, "WPS");
    const { userId } = await createStaffUser({
      db: t.db,
      tenant,
      actor,
      clock,
      appUrl: APP_URL,
      input: {
        name: "Żaneta Łęcka",
        email: "zaneta@um.example.pl",
        role: "officer",
        departmentId: department.id,
      },
    });
    const [user] = await t.db.select().from(users).where(eq(users.id, userId));
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    const roles = await t.db.select().from(staffRoles).where(eq(staffRoles.userId, userId));
    expect(roles).toMatchObject([{ tenantId: tenant.id, role: "officer", departmentId: department.id }]);

    const [mail] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, "zaneta@um.example.pl"));
    expect(mail?.tenantId).toBe(tenant.id);
    expect(mail?.subject).toBe("Zaproszenie do platformy Pożytek — Gmina Miasto Częstochowa");
    expect(mail?.text).toContain("Dzień dobry, Żaneta Łęcka!");
    expect(mail?.text).toContain(`pracownik wydziału (${department.name})`);
    const token = /\/reset-hasla\/([A-Za-z0-9_-]+)/.exec(mail?.text ?? "")?.[1] ?? "";
    const [stored] = await t.db
      .select()
      .from(userTokens)
      .where(eq(userTokens.tokenHash, hashToken(token)));
    expect(stored).toMatchObject({ kind: "reset_password", userId, usedAt: null });
    expect(stored?.expiresAt.getTime()).toBe(clock.now().getTime() + STAFF_INVITATION_TTL_MS);

    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, userId), eq(auditLog.action, "user.invited")));
    expect(audit?.tenantId).toBe(tenant.id);
  });

  it("refuses an address that already has an account and leaves nothing behind", async () => {
    const tenant = await buildTenant(t.db);
    const { actor } = await buildStaff(t.db, tenant.id, "admin");
    const existing = await buildUser(t.db);
    await expect(
      createStaffUser({
        db: t.db,
        tenant,
        actor,
        clock,
        appUrl: APP_URL,
        input: { name: "X", email: existing.email, role: "coordinator", departmentId: null },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { email: ["admin.invite.exists"] } });
    expect(await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, existing.email))).toHaveLength(0);
  });

  it("rolls the account back when the department belongs to another tenant", async () => {
    const tenant = await buildTenant(t.db);
    const other = await buildTenant(t.db);
    const { actor } = await buildStaff(t.db, tenant.id, "admin");
    const foreign = await buildDepartment(t.db, other.id);
    await expect(
      createStaffUser({
        db: t.db,
        tenant,
        actor,
        clock,
        appUrl: APP_URL,
        input: { name: "Y", email: "y@example.pl", role: "officer", departmentId: foreign.id },
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await t.db.select().from(users).where(eq(users.email, "y@example.pl"))).toHaveLength(0);
  });

  it("normalises the address and checks the form", () => {
    const parsed = InviteStaffSchema.parse({
      name: " Jan ",
      email: " Jan.Kowalski@UM.Example.PL ",
      role: "coordinator",
      departmentId: "",
    });
    expect(parsed).toEqual({
      name: "Jan",
      email: "jan.kowalski@um.example.pl",
      role: "coordinator",
      departmentId: null,
    });
    expect(InviteStaffSchema.safeParse({ name: "", email: "nie-adres", role: "admin" }).success).toBe(false);
  });
});
