import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { buildSession, buildTenant, buildUser, grantStaffRole } from "~/domain/identity/test-factories";
import { useTestDatabase } from "~/test/db";
import { sessions, staffRoles } from "../db/schema/identity";
import { departments } from "../db/schema/tenancy";
import { loadSession } from "./session.server";

describe("loadSession (one query per request)", () => {
  const t = useTestDatabase();
  const now = new Date("2026-03-01T10:00:00Z");

  it("gives the person, the session's state and the staff roles of this tenant only", async () => {
    const tenant = await buildTenant(t.db);
    const other = await buildTenant(t.db);
    const user = await buildUser(t.db, { locale: "en", totpEnabledAt: new Date("2026-01-02T00:00:00Z") });
    await grantStaffRole(t.db, { tenantId: tenant.id, userId: user.id, role: "coordinator" });
    const [department] = await t.db
      .insert(departments)
      .values({ tenantId: tenant.id, code: "WPS", name: "Wydział" })
      .returning();
    await t.db
      .insert(staffRoles)
      .values({ tenantId: tenant.id, userId: user.id, role: "officer", departmentId: department!.id });
    await grantStaffRole(t.db, { tenantId: other.id, userId: user.id, role: "admin" });
    const { token, idHash } = await buildSession(t.db, { userId: user.id, now, isStaff: true });

    const session = await loadSession(t.db, token, tenant.id, now);
    expect(session).toMatchObject({
      idHash,
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        emailVerified: true,
        totpEnabled: true,
        locale: "en",
      },
      secondFactorAt: null,
      reauthenticatedAt: null,
    });
    expect(session?.expiresAt).toBeInstanceOf(Date);
    expect(session?.staffRoles).toHaveLength(2);
    expect(session?.staffRoles).toEqual(
      expect.arrayContaining([
        { role: "coordinator", departmentId: null },
        { role: "officer", departmentId: department!.id },
      ]),
    );
    expect((await loadSession(t.db, token, other.id, now))?.staffRoles).toEqual([
      { role: "admin", departmentId: null },
    ]);

    const passed = new Date("2026-03-01T10:01:00Z");
    await t.db.update(sessions).set({ secondFactorAt: passed }).where(eq(sessions.idHash, idHash));
    expect((await loadSession(t.db, token, tenant.id, now))?.secondFactorAt?.toISOString()).toBe(
      passed.toISOString(),
    );
  });

  it("gives a member no staff roles, and nothing for an expired, unknown or oversized token", async () => {
    const tenant = await buildTenant(t.db);
    const user = await buildUser(t.db, { emailVerifiedAt: null });
    const { token } = await buildSession(t.db, { userId: user.id, now });
    const session = await loadSession(t.db, token, tenant.id, now);
    expect(session?.staffRoles).toEqual([]);
    expect(session?.user).toMatchObject({ emailVerified: false, totpEnabled: false, locale: "pl" });
    expect(await loadSession(t.db, token, tenant.id, new Date("2030-01-01T00:00:00Z"))).toBeNull();
    expect(await loadSession(t.db, "unknown-token", tenant.id, now)).toBeNull();
    expect(await loadSession(t.db, undefined, tenant.id, now)).toBeNull();
    expect(await loadSession(t.db, "x".repeat(101), tenant.id, now)).toBeNull();
  });

  it("does not write to the session row when reading it", async () => {
    const tenant = await buildTenant(t.db);
    const user = await buildUser(t.db);
    const { token, idHash } = await buildSession(t.db, { userId: user.id, now });
    const [before] = await t.db.select().from(sessions).where(eq(sessions.idHash, idHash));
    await loadSession(t.db, token, tenant.id, new Date("2026-03-01T11:00:00Z"));
    const [after] = await t.db.select().from(sessions).where(eq(sessions.idHash, idHash));
    expect(after).toEqual(before);
  });
});
