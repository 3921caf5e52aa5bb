import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { fixedClock } from "~/platform/clock/clock";
import { sessions } from "~/platform/db/schema/identity";
import { useTestDatabase } from "~/test/db";
import { reauthenticate } from "./reauthenticate";
import { appErrorOf, buildSession, buildTenant, buildUser, depsFor, TEST_PASSWORD } from "./test-factories";

describe("reauthenticate", () => {
  const t = useTestDatabase();

  it("records the moment on the session for the right password only", async () => {
    const clock = fixedClock("2026-03-02T09:00:00Z");
    const tenant = await buildTenant(t.db);
    const user = await buildUser(t.db);
    const session = await buildSession(t.db, { userId: user.id, now: clock.now() });
    const ref = { userId: user.id, sessionIdHash: session.idHash };
    const deps = depsFor(t.db, tenant, clock);
    const wrong = await appErrorOf(reauthenticate({ ...deps, ...ref, password: "not my password" }));
    expect(wrong.fieldErrors).toEqual({ password: ["identity.reauth.invalid"] });
    clock.advance(1000);
    await reauthenticate({ ...deps, ...ref, password: TEST_PASSWORD });
    const [row] = await t.db.select().from(sessions).where(eq(sessions.idHash, session.idHash));
    expect(row?.reauthenticatedAt).toEqual(clock.now());
  });

  it("is throttled per account", async () => {
    const clock = fixedClock("2026-03-02T10:00:00Z");
    const tenant = await buildTenant(t.db);
    const user = await buildUser(t.db);
    const session = await buildSession(t.db, { userId: user.id, now: clock.now() });
    const ref = { userId: user.id, sessionIdHash: session.idHash };
    for (let i = 0; i < 10; i++) {
      await appErrorOf(
        reauthenticate({ ...depsFor(t.db, tenant, clock, `203.0.113.${i}`), ...ref, password: "guess" }),
      );
    }
    const refused = await appErrorOf(
      reauthenticate({ ...depsFor(t.db, tenant, clock), ...ref, password: TEST_PASSWORD }),
    );
    expect(refused.code).toBe("RATE_LIMITED");
  });
});
