import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "~/platform/auth/password.server";
import { fixedClock } from "~/platform/clock/clock";
import { sessions, users } from "~/platform/db/schema/identity";
import { useTestDatabase } from "~/test/db";
import { changePassword } from "./change-password";
import { reauthenticate } from "./reauthenticate";
import {
  appErrorOf,
  buildSession,
  buildTenant,
  buildUser,
  depsFor,
  grantStaffRole,
  mailsTo,
  TEST_PASSWORD,
} from "./test-factories";

const NEW_PASSWORD = "my new and longer password";

describe("changePassword", () => {
  const t = useTestDatabase();

  it("needs a fresh re-authentication, then ends the other sessions and sends a notice", async () => {
    const clock = fixedClock("2026-03-02T09:00:00Z");
    const tenant = await buildTenant(t.db);
    const user = await buildUser(t.db);
    const current = await buildSession(t.db, { userId: user.id, now: clock.now() });
    const other = await buildSession(t.db, { userId: user.id, now: clock.now() });
    const ref = { userId: user.id, sessionIdHash: current.idHash };
    const deps = depsFor(t.db, tenant, clock);

    const refused = await appErrorOf(changePassword({ ...deps, ...ref, password: NEW_PASSWORD }));
    expect([refused.code, refused.messageKey]).toEqual(["FORBIDDEN", "identity.reauth.required"]);

    await reauthenticate({ ...deps, ...ref, password: TEST_PASSWORD });
    await changePassword({ ...deps, ...ref, password: NEW_PASSWORD });
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(await verifyPassword(row!.passwordHash, NEW_PASSWORD)).toBe(true);
    const left = await t.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(left.map((s) => s.idHash)).toEqual([current.idHash]);
    expect(left.map((s) => s.idHash)).not.toContain(other.idHash);
    const [notice] = await mailsTo(t.db, user.email);
    expect(notice?.text).toContain("Hasło do Twojego konta zostało zmienione.");
  });

  it("asks a staff member for the second factor first", async () => {
    const clock = fixedClock("2026-03-02T09:00:00Z");
    const tenant = await buildTenant(t.db);
    const user = await buildUser(t.db, {
      totpSecret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
      totpEnabledAt: clock.now(),
    });
    await grantStaffRole(t.db, { tenantId: tenant.id, userId: user.id });
    const session = await buildSession(t.db, { userId: user.id, now: clock.now(), isStaff: true });
    const ref = { userId: user.id, sessionIdHash: session.idHash };
    const deps = depsFor(t.db, tenant, clock);
    await reauthenticate({ ...deps, ...ref, password: TEST_PASSWORD });
    const refused = await appErrorOf(changePassword({ ...deps, ...ref, password: NEW_PASSWORD }));
    expect(refused.messageKey).toBe("identity.secondFactor.required");
  });
});
