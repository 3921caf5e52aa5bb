import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "~/platform/auth/password.server";
import { fixedClock } from "~/platform/clock/clock";
import { auditLog } from "~/platform/db/schema/audit";
import { sessions, users } from "~/platform/db/schema/identity";
import { useTestDatabase } from "~/test/db";
import { requestPasswordReset } from "./request-password-reset";
import { isResetTokenUsable, resetPassword } from "./reset-password";
import {
  appErrorOf,
  buildSession,
  buildTenant,
  buildUser,
  depsFor,
  mailsTo,
  tokenFromMail,
} from "./test-factories";

const NEW_PASSWORD = "a brand new long password";

describe("resetPassword", () => {
  const t = useTestDatabase();

  async function requested(email: string, at: string) {
    const clock = fixedClock(at);
    const tenant = await buildTenant(t.db);
    const user = await buildUser(t.db, { email, emailVerifiedAt: null });
    const deps = depsFor(t.db, tenant, clock);
    await requestPasswordReset({ ...deps, email, appUrl: "https://ngo.example.pl" });
    const [mail] = await mailsTo(t.db, email);
    return { clock, tenant, user, deps, token: tokenFromMail(mail!.text, "/reset-hasla") };
  }

  it("sets the new password once, ends every session and does not work a second time", async () => {
    const r = await requested("once@example.pl", "2026-03-02T09:00:00Z");
    await buildSession(t.db, { userId: r.user.id, now: r.clock.now() });
    await buildSession(t.db, { userId: r.user.id, now: r.clock.now() });
    expect(await isResetTokenUsable(t.db, r.token, r.clock.now())).toBe(true);

    await resetPassword({ ...r.deps, token: r.token, password: NEW_PASSWORD });
    const [row] = await t.db.select().from(users).where(eq(users.id, r.user.id));
    expect(await verifyPassword(row!.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(row?.emailVerifiedAt).toEqual(r.clock.now());
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, r.user.id))).toHaveLength(0);

    expect(await isResetTokenUsable(t.db, r.token, r.clock.now())).toBe(false);
    const second = await appErrorOf(
      resetPassword({ ...r.deps, token: r.token, password: "another long password" }),
    );
    expect(second.code).toBe("GONE");
    const [after] = await t.db.select().from(users).where(eq(users.id, r.user.id));
    expect(await verifyPassword(after!.passwordHash, NEW_PASSWORD)).toBe(true);

    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, r.user.id));
    expect(audit.map((a) => a.action)).toContain("user.password_reset");
    const dump = JSON.stringify(audit);
    expect(dump).not.toContain(NEW_PASSWORD);
    expect(dump).not.toContain(r.token);
  });

  it("does not work after an hour", async () => {
    const r = await requested("late@example.pl", "2026-03-02T09:00:00Z");
    r.clock.advance(60 * 60 * 1000);
    expect(await isResetTokenUsable(t.db, r.token, r.clock.now())).toBe(false);
    const error = await appErrorOf(resetPassword({ ...r.deps, token: r.token, password: NEW_PASSWORD }));
    expect(error.code).toBe("GONE");
  });

  it("still works just before the hour is over", async () => {
    const r = await requested("ontime@example.pl", "2026-03-02T09:00:00Z");
    r.clock.advance(60 * 60 * 1000 - 1000);
    await expect(resetPassword({ ...r.deps, token: r.token, password: NEW_PASSWORD })).resolves.toBeTruthy();
  });

  it("retires the person's other reset links and refuses unknown or absurd tokens", async () => {
    const r = await requested("two@example.pl", "2026-03-02T09:00:00Z");
    await requestPasswordReset({ ...r.deps, email: "two@example.pl", appUrl: "https://ngo.example.pl" });
    const mails = await mailsTo(t.db, "two@example.pl");
    const other = tokenFromMail(mails[1]!.text, "/reset-hasla");
    await resetPassword({ ...r.deps, token: r.token, password: NEW_PASSWORD });
    expect((await appErrorOf(resetPassword({ ...r.deps, token: other, password: NEW_PASSWORD }))).code).toBe(
      "GONE",
    );
    expect((await appErrorOf(resetPassword({ ...r.deps, token: "nope", password: NEW_PASSWORD }))).code).toBe(
      "GONE",
    );
    expect(
      (await appErrorOf(resetPassword({ ...r.deps, token: "x".repeat(5000), password: NEW_PASSWORD }))).code,
    ).toBe("GONE");
  });
});
