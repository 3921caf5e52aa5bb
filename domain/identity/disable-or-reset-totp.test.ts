import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { generateTotpSecret, totpCode } from "~/platform/auth/totp.server";
import { fixedClock } from "~/platform/clock/clock";
import { sessions, users } from "~/platform/db/schema/identity";
import { useTestDatabase } from "~/test/db";
import { disableTotp, resetTotp } from "./disable-or-reset-totp";
import { reauthenticate } from "./reauthenticate";
import {
  appErrorOf,
  buildSession,
  buildTenant,
  buildUser,
  depsFor,
  grantStaffRole,
  TEST_PASSWORD,
} from "./test-factories";
import { verifySecondFactor } from "./verify-second-factor";

const OLD_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

describe("disableTotp and resetTotp", () => {
  const t = useTestDatabase();

  async function withTotp(staff: boolean) {
    const clock = fixedClock("2026-03-02T09:00:00Z");
    const tenant = await buildTenant(t.db);
    const user = await buildUser(t.db, { totpSecret: OLD_SECRET, totpEnabledAt: clock.now() });
    if (staff) await grantStaffRole(t.db, { tenantId: tenant.id, userId: user.id });
    const session = await buildSession(t.db, { userId: user.id, now: clock.now(), isStaff: staff });
    const ref = { userId: user.id, sessionIdHash: session.idHash };
    const deps = depsFor(t.db, tenant, clock);
    const passSecondFactor = () =>
      t.db.update(sessions).set({ secondFactorAt: clock.now() }).where(eq(sessions.idHash, session.idHash));
    const row = async () => (await t.db.select().from(users).where(eq(users.id, user.id)))[0]!;
    return { clock, user, ref, deps, passSecondFactor, row };
  }

  it("never lets staff switch it off", async () => {
    const s = await withTotp(true);
    await s.passSecondFactor();
    await reauthenticate({ ...s.deps, ...s.ref, password: TEST_PASSWORD });
    const e = await appErrorOf(disableTotp({ ...s.deps, ...s.ref }));
    expect([e.code, e.messageKey]).toEqual(["FORBIDDEN", "identity.totp.requiredForStaff"]);
    expect((await s.row()).totpEnabledAt).not.toBeNull();
  });

  it("lets others switch it off after the second factor and a fresh re-authentication", async () => {
    const s = await withTotp(false);
    expect((await appErrorOf(disableTotp({ ...s.deps, ...s.ref }))).code).toBe("FORBIDDEN");
    await s.passSecondFactor();
    expect((await appErrorOf(disableTotp({ ...s.deps, ...s.ref }))).messageKey).toBe(
      "identity.reauth.required",
    );
    await reauthenticate({ ...s.deps, ...s.ref, password: TEST_PASSWORD });
    await disableTotp({ ...s.deps, ...s.ref });
    const row = await s.row();
    expect([row.totpSecret, row.totpEnabledAt]).toEqual([null, null]);
  });

  it("replaces the secret only when a code from the new app is right", async () => {
    const s = await withTotp(true);
    await s.passSecondFactor();
    await reauthenticate({ ...s.deps, ...s.ref, password: TEST_PASSWORD });
    const secret = generateTotpSecret();
    const wrong = await appErrorOf(
      resetTotp({ ...s.deps, ...s.ref, secret, code: totpCode(OLD_SECRET, s.clock.now()) }),
    );
    expect(wrong.code).toBe("VALIDATION");
    expect((await s.row()).totpSecret).toBe(OLD_SECRET);
    await resetTotp({ ...s.deps, ...s.ref, secret, code: totpCode(secret, s.clock.now()) });
    expect((await s.row()).totpSecret).toBe(secret);
  });

  it("accepts the new app's code in the same 30 s as the old app's code at login", async () => {
    const s = await withTotp(true);
    await verifySecondFactor({ ...s.deps, ...s.ref, code: totpCode(OLD_SECRET, s.clock.now()) });
    await reauthenticate({ ...s.deps, ...s.ref, password: TEST_PASSWORD });
    const secret = generateTotpSecret();
    await resetTotp({ ...s.deps, ...s.ref, secret, code: totpCode(secret, s.clock.now()) });
    expect((await s.row()).totpSecret).toBe(secret);
  });

  it("refuses a reset without the second factor passed in the session", async () => {
    const s = await withTotp(true);
    await reauthenticate({ ...s.deps, ...s.ref, password: TEST_PASSWORD });
    const secret = generateTotpSecret();
    const e = await appErrorOf(
      resetTotp({ ...s.deps, ...s.ref, secret, code: totpCode(secret, s.clock.now()) }),
    );
    expect(e.messageKey).toBe("identity.secondFactor.required");
  });
});
