import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { fixedClock } from "~/platform/clock/clock";
import { auditLog } from "~/platform/db/schema/audit";
import { sessions } from "~/platform/db/schema/identity";
import { useTestDatabase } from "~/test/db";
import { logOut } from "./log-out";
import { buildSession, buildTenant, buildUser, depsFor } from "./test-factories";

describe("logOut", () => {
  const t = useTestDatabase();

  it("deletes the session of the cookie and no other", async () => {
    const clock = fixedClock("2026-03-02T09:00:00Z");
    const tenant = await buildTenant(t.db);
    const user = await buildUser(t.db);
    const mine = await buildSession(t.db, { userId: user.id, now: clock.now() });
    const other = await buildSession(t.db, { userId: user.id, now: clock.now() });
    await logOut({ ...depsFor(t.db, tenant, clock), sessionToken: mine.token, userId: user.id });
    const left = await t.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(left.map((s) => s.idHash)).toEqual([other.idHash]);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(audit.map((a) => a.action)).toEqual(["user.logout"]);
  });
});
