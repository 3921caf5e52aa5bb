import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { STAFF_SESSION_TTL_MS } from "~/platform/auth/rules";
import { hashToken } from "~/platform/auth/tokens.server";
import { fixedClock } from "~/platform/clock/clock";
import { auditLog } from "~/platform/db/schema/audit";
import { sessions } from "~/platform/db/schema/identity";
import { useTestDatabase } from "~/test/db";
import { logIn } from "./log-in";
import {
  appErrorOf,
  buildSession,
  buildTenant,
  buildUser,
  depsFor,
  grantStaffRole,
  TEST_PASSWORD,
} from "./test-factories";

describe("logIn", () => {
  const t = useTestDatabase();
  const base = { userAgent: "vitest" };

  it("opens a new session, stores only its hash and ends the cookie's previous session", async () => {
    const clock = fixedClock("2026-03-02T09:00:00Z");
    const tenant = await buildTenant(t.db);
    const user = await buildUser(t.db, { email: "ok@example.pl" });
    const previous = await buildSession(t.db, { userId: user.id, now: clock.now() });
    const result = await logIn({
      ...depsFor(t.db, tenant, clock),
      ...base,
      email: "OK@example.pl ",
      password: TEST_PASSWORD,
      previousSessionToken: previous.token,
    });
    expect(result.secondFactor).toBe("none");
    expect(result.token).not.toBe(previous.token);
    const rows = await t.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(rows.map((r) => r.idHash)).toEqual([hashToken(result.token)]);
    expect(rows[0]?.secondFactorAt).toBeNull();
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(audit.map((a) => a.action)).toContain("user.login");
    expect(JSON.stringify(audit)).not.toContain(TEST_PASSWORD);
    expect(JSON.stringify(audit)).not.toContain(result.token);
  });

  it("gives the same error for a wrong password and an unknown address", async () => {
    const clock = fixedClock("2026-03-02T09:00:00Z");
    const tenant = await buildTenant(t.db);
    await buildUser(t.db, { email: "known@example.pl" });
    const deps = depsFor(t.db, tenant, clock);
    const wrong = await appErrorOf(
      logIn({ ...deps, ...base, email: "known@example.pl", password: "nope nope nope" }),
    );
    const unknown = await appErrorOf(
      logIn({ ...deps, ...base, email: "nobody@example.pl", password: "nope nope nope" }),
    );
    expect(wrong.code).toBe("VALIDATION");
    expect({ code: unknown.code, key: unknown.messageKey, fields: unknown.fieldErrors }).toEqual({
      code: wrong.code,
      key: wrong.messageKey,
      fields: wrong.fieldErrors,
    });
    expect(wrong.messageKey).toBe("identity.login.invalid");
    const failures = await t.db.select().from(auditLog).where(eq(auditLog.action, "user.login_failed"));
    expect(failures).toHaveLength(2);
    expect(JSON.stringify(failures)).not.toContain("nope nope nope");
  });

  it("refuses the 11th attempt for one account within the window, even with the right password", async () => {
    const clock = fixedClock("2026-03-02T10:00:00Z");
    const tenant = await buildTenant(t.db);
    await buildUser(t.db, { email: "target@example.pl" });
    for (let i = 0; i < 10; i++) {
      // Each attempt from another IP: the account limit must hold on its own.
      const deps = depsFor(t.db, tenant, clock, `203.0.113.${i + 1}`);
      const error = await appErrorOf(
        logIn({ ...deps, ...base, email: "target@example.pl", password: "wrong password" }),
      );
      expect(error.code).toBe("VALIDATION");
    }
    const deps = depsFor(t.db, tenant, clock, "203.0.113.99");
    const refused = await appErrorOf(
      logIn({ ...deps, ...base, email: "target@example.pl", password: TEST_PASSWORD }),
    );
    expect(refused.code).toBe("RATE_LIMITED");
    expect(refused.messageKey).toBe('error.rateLimited|{"minutes":15}');

    clock.advance(15 * 60 * 1000);
    const later = await logIn({ ...deps, ...base, email: "target@example.pl", password: TEST_PASSWORD });
    expect(later.token).toBeTruthy();
  });

  it("refuses attempts from one IP beyond its limit, whichever accounts they aim at", async () => {
    const clock = fixedClock("2026-03-02T11:00:00Z");
    const tenant = await buildTenant(t.db);
    await buildUser(t.db, { email: "victim@example.pl" });
    const deps = depsFor(t.db, tenant, clock, "198.51.100.200");
    for (let i = 0; i < 50; i++) {
      const error = await appErrorOf(
        logIn({ ...deps, ...base, email: `guess${i}@example.pl`, password: "x" }),
      );
      expect(error.code).toBe("VALIDATION");
    }
    const refused = await appErrorOf(
      logIn({ ...deps, ...base, email: "victim@example.pl", password: TEST_PASSWORD }),
    );
    expect(refused.code).toBe("RATE_LIMITED");
    const elsewhere = depsFor(t.db, tenant, clock, "198.51.100.201");
    await expect(
      logIn({ ...elsewhere, ...base, email: "victim@example.pl", password: TEST_PASSWORD }),
    ).resolves.toBeTruthy();
  });

  it("leaves a staff session without the second factor and asks for the code or for setting it up", async () => {
    const clock = fixedClock("2026-03-02T09:00:00Z");
    const tenant = await buildTenant(t.db);
    const withTotp = await buildUser(t.db, {
      totpSecret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
      totpEnabledAt: clock.now(),
    });
    const withoutTotp = await buildUser(t.db);
    await grantStaffRole(t.db, { tenantId: tenant.id, userId: withTotp.id, role: "admin" });
    await grantStaffRole(t.db, { tenantId: tenant.id, userId: withoutTotp.id, role: "officer" });
    const deps = depsFor(t.db, tenant, clock);
    const a = await logIn({ ...deps, ...base, email: withTotp.email, password: TEST_PASSWORD });
    const b = await logIn({ ...deps, ...base, email: withoutTotp.email, password: TEST_PASSWORD });
    expect(a.secondFactor).toBe("verify");
    expect(b.secondFactor).toBe("setup");
    expect(a.expiresAt.getTime() - clock.now().getTime()).toBe(STAFF_SESSION_TTL_MS);
    const [row] = await t.db
      .select()
      .from(sessions)
      .where(eq(sessions.idHash, hashToken(a.token)));
    expect(row?.secondFactorAt).toBeNull();

    // Staff of another municipality only: no second step here.
    const other = await buildTenant(t.db);
    const c = await logIn({
      ...depsFor(t.db, other, clock),
      ...base,
      email: withoutTotp.email,
      password: TEST_PASSWORD,
    });
    expect(c.secondFactor).toBe("none");
  });
});
