import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { fixedClock } from "~/platform/clock/clock";
import { users } from "~/platform/db/schema/identity";
import { useTestDatabase } from "~/test/db";
import { setUpTotp } from "./set-up-totp";
import { appErrorOf, buildSession, buildTenant, buildUser, depsFor, grantStaffRole } from "./test-factories";

describe("setUpTotp", () => {
  const t = useTestDatabase();
  const clock = fixedClock("2026-03-02T09:00:00Z");

  it("stores a pending secret for a staff member and shows the same one again", async () => {
    const tenant = await buildTenant(t.db, { name: "Gmina Próbna" });
    const user = await buildUser(t.db);
    await grantStaffRole(t.db, { tenantId: tenant.id, userId: user.id, role: "officer" });
    const session = await buildSession(t.db, { userId: user.id, now: clock.now(), isStaff: true });
    const ref = { userId: user.id, sessionIdHash: session.idHash };
    const first = await setUpTotp({ ...depsFor(t.db, tenant, clock), ...ref });
    expect(first.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(first.uri).toContain(`secret=${first.secret}`);
    expect(decodeURIComponent(first.uri)).toContain("Gmina Próbna");
    const again = await setUpTotp({ ...depsFor(t.db, tenant, clock), ...ref });
    expect(again.secret).toBe(first.secret);
    const [row] = await t.db.select().from(users).where(eq(users.id, user.id));
    expect(row?.totpSecret).toBe(first.secret);
    expect(row?.totpEnabledAt).toBeNull();
  });

  it("is refused once TOTP is on, and to people without a staff role", async () => {
    const tenant = await buildTenant(t.db);
    const enabled = await buildUser(t.db, {
      totpSecret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
      totpEnabledAt: clock.now(),
    });
    await grantStaffRole(t.db, { tenantId: tenant.id, userId: enabled.id });
    const s1 = await buildSession(t.db, { userId: enabled.id, now: clock.now(), isStaff: true });
    const e1 = await appErrorOf(
      setUpTotp({ ...depsFor(t.db, tenant, clock), userId: enabled.id, sessionIdHash: s1.idHash }),
    );
    expect(e1.code).toBe("CONFLICT");

    const member = await buildUser(t.db);
    const s2 = await buildSession(t.db, { userId: member.id, now: clock.now() });
    const e2 = await appErrorOf(
      setUpTotp({ ...depsFor(t.db, tenant, clock), userId: member.id, sessionIdHash: s2.idHash }),
    );
    expect(e2.code).toBe("FORBIDDEN");
  });
});
