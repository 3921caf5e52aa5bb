import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { totpCode } from "~/platform/auth/totp.server";
import { fixedClock } from "~/platform/clock/clock";
import { auditLog } from "~/platform/db/schema/audit";
import { sessions, users } from "~/platform/db/schema/identity";
import { useTestDatabase } from "~/test/db";
import { confirmTotp } from "./confirm-totp";
import { setUpTotp } from "./set-up-totp";
import {
  appErrorOf,
  buildSession,
  buildTenant,
  buildUser,
  depsFor,
  grantStaffRole,
  mailsTo,
} from "./test-factories";

describe("confirmTotp", () => {
  const t = useTestDatabase();

  it("switches TOTP on with a right code and marks the session as having passed it", async () => {
    const clock = fixedClock("2026-03-02T09:00:00Z");
    const tenant = await buildTenant(t.db);
    const user = await buildUser(t.db);
    await grantStaffRole(t.db, { tenantId: tenant.id, userId: user.id });
    const session = await buildSession(t.db, { userId: user.id, now: clock.now(), isStaff: true });
    const ref = { userId: user.id, sessionIdHash: session.idHash };
    const deps = depsFor(t.db, tenant, clock);

    const noSecret = await appErrorOf(confirmTotp({ ...deps, ...ref, code: "123456" }));
    expect(noSecret.code).toBe("CONFLICT");

    const { secret } = await setUpTotp({ ...deps, ...ref });
    const wrong = await appErrorOf(
      confirmTotp({ ...deps, ...ref, code: totpCode(secret, new Date("2020-01-01")) }),
    );
    expect(wrong.fieldErrors).toEqual({ code: ["identity.totp.invalid"] });

    await confirmTotp({ ...deps, ...ref, code: totpCode(secret, clock.now()) });
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.totpEnabledAt).toEqual(clock.now());
    const [s] = await t.db.select().from(sessions).where(eq(sessions.idHash, session.idHash));
    expect(s?.secondFactorAt).toEqual(clock.now());
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(audit.map((a) => a.action)).toEqual(["user.totp_setup_started", "user.totp_enabled"]);
    expect(JSON.stringify(audit)).not.toContain(secret);
    expect(await mailsTo(t.db, user.email)).toHaveLength(1);

    clock.advance(60_000);
    const again = await appErrorOf(confirmTotp({ ...deps, ...ref, code: totpCode(secret, clock.now()) }));
    expect(again.code).toBe("CONFLICT");
  });
});
