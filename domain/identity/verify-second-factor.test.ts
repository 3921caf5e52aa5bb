import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { hashToken } from "~/platform/auth/tokens.server";
import { totpCode } from "~/platform/auth/totp.server";
import { fixedClock } from "~/platform/clock/clock";
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
import { verifySecondFactor } from "./verify-second-factor";

const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

describe("verifySecondFactor", () => {
  const t = useTestDatabase();

  async function staffSession(at: string) {
    const clock = fixedClock(at);
    const tenant = await buildTenant(t.db);
    const user = await buildUser(t.db, { totpSecret: SECRET, totpEnabledAt: clock.now() });
    await grantStaffRole(t.db, { tenantId: tenant.id, userId: user.id });
    const login = await logIn({
      ...depsFor(t.db, tenant, clock),
      email: user.email,
      password: TEST_PASSWORD,
      userAgent: null,
    });
    const sessionIdHash = hashToken(login.token);
    const secondFactorAt = async () =>
      (await t.db.select().from(sessions).where(eq(sessions.idHash, sessionIdHash)))[0]?.secondFactorAt;
    return { clock, tenant, user, sessionIdHash, secondFactorAt, deps: depsFor(t.db, tenant, clock) };
  }

  it("keeps the session without the second factor until a right code, then records it", async () => {
    const s = await staffSession("2026-03-02T09:00:00Z");
    const wrongCode = totpCode(SECRET, new Date("2026-03-02T08:00:00Z"));
    const error = await appErrorOf(
      verifySecondFactor({ ...s.deps, userId: s.user.id, sessionIdHash: s.sessionIdHash, code: wrongCode }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ code: ["identity.totp.invalid"] });
    expect(await s.secondFactorAt()).toBeNull();

    await verifySecondFactor({
      ...s.deps,
      userId: s.user.id,
      sessionIdHash: s.sessionIdHash,
      code: totpCode(SECRET, s.clock.now()),
    });
    expect(await s.secondFactorAt()).toEqual(s.clock.now());
  });

  it("does not accept the same code twice", async () => {
    const s = await staffSession("2026-03-02T10:00:00Z");
    const code = totpCode(SECRET, s.clock.now());
    await verifySecondFactor({ ...s.deps, userId: s.user.id, sessionIdHash: s.sessionIdHash, code });
    const other = await buildSession(t.db, { userId: s.user.id, now: s.clock.now(), isStaff: true });
    const replay = await appErrorOf(
      verifySecondFactor({ ...s.deps, userId: s.user.id, sessionIdHash: other.idHash, code }),
    );
    expect(replay.code).toBe("VALIDATION");
  });

  it("throttles guessing per account", async () => {
    const s = await staffSession("2026-03-02T11:00:00Z");
    for (let i = 0; i < 10; i++) {
      const e = await appErrorOf(
        verifySecondFactor({ ...s.deps, userId: s.user.id, sessionIdHash: s.sessionIdHash, code: "000000" }),
      );
      expect(e.code).toBe("VALIDATION");
    }
    const refused = await appErrorOf(
      verifySecondFactor({
        ...s.deps,
        userId: s.user.id,
        sessionIdHash: s.sessionIdHash,
        code: totpCode(SECRET, s.clock.now()),
      }),
    );
    expect(refused.code).toBe("RATE_LIMITED");
    expect(await s.secondFactorAt()).toBeNull();
  });

  it("refuses a session that is not the person's own", async () => {
    const s = await staffSession("2026-03-02T12:00:00Z");
    const stranger = await buildUser(t.db);
    const e = await appErrorOf(
      verifySecondFactor({
        ...s.deps,
        userId: stranger.id,
        sessionIdHash: s.sessionIdHash,
        code: totpCode(SECRET, s.clock.now()),
      }),
    );
    expect(e.code).toBe("UNAUTHENTICATED");
  });
});
