import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { RESET_TOKEN_TTL_MS } from "~/platform/auth/rules";
import { fixedClock } from "~/platform/clock/clock";
import { auditLog } from "~/platform/db/schema/audit";
import { userTokens } from "~/platform/db/schema/identity";
import { useTestDatabase } from "~/test/db";
import { requestPasswordReset } from "./request-password-reset";
import { appErrorOf, buildTenant, buildUser, depsFor, mailsTo, tokenFromMail } from "./test-factories";

describe("requestPasswordReset", () => {
  const t = useTestDatabase();
  const appUrl = "https://ngo.example.pl";

  it("mails a link valid for at most an hour and keeps only the token's hash", async () => {
    const clock = fixedClock("2026-03-02T09:00:00Z");
    const tenant = await buildTenant(t.db);
    const user = await buildUser(t.db, { email: "reset@example.pl", locale: "en" });
    await requestPasswordReset({ ...depsFor(t.db, tenant, clock), email: "Reset@Example.pl", appUrl });
    const [mail] = await mailsTo(t.db, "reset@example.pl");
    expect(mail?.subject).toBe("Set a new password");
    const token = tokenFromMail(mail!.text, "/reset-hasla");
    expect(mail?.text).toContain(`${appUrl}/reset-hasla/${token}`);
    const [row] = await t.db.select().from(userTokens).where(eq(userTokens.userId, user.id));
    expect(row?.kind).toBe("reset_password");
    expect(row?.tokenHash).not.toContain(token);
    expect(row!.expiresAt.getTime() - clock.now().getTime()).toBe(RESET_TOKEN_TTL_MS);
    expect(RESET_TOKEN_TTL_MS).toBeLessThanOrEqual(60 * 60 * 1000);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(audit.map((a) => a.action)).toEqual(["user.password_reset_requested"]);
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it("answers the same for an unknown address and sends nothing", async () => {
    const clock = fixedClock("2026-03-02T09:00:00Z");
    const tenant = await buildTenant(t.db);
    await expect(
      requestPasswordReset({ ...depsFor(t.db, tenant, clock), email: "ghost@example.pl", appUrl }),
    ).resolves.toBeUndefined();
    expect(await mailsTo(t.db, "ghost@example.pl")).toHaveLength(0);
  });

  it("throttles requests per account and per IP, known address or not", async () => {
    const clock = fixedClock("2026-03-02T10:00:00Z");
    const tenant = await buildTenant(t.db);
    await buildUser(t.db, { email: "flood@example.pl" });
    for (let i = 0; i < 5; i++) {
      await requestPasswordReset({
        ...depsFor(t.db, tenant, clock, `203.0.113.${i}`),
        email: "flood@example.pl",
        appUrl,
      });
      await requestPasswordReset({
        ...depsFor(t.db, tenant, clock, `203.0.113.${i}`),
        email: "nobody@example.pl",
        appUrl,
      });
    }
    const known = await appErrorOf(
      requestPasswordReset({
        ...depsFor(t.db, tenant, clock, "203.0.113.50"),
        email: "flood@example.pl",
        appUrl,
      }),
    );
    const unknown = await appErrorOf(
      requestPasswordReset({
        ...depsFor(t.db, tenant, clock, "203.0.113.50"),
        email: "nobody@example.pl",
        appUrl,
      }),
    );
    expect([known.code, unknown.code]).toEqual(["RATE_LIMITED", "RATE_LIMITED"]);
    expect(await mailsTo(t.db, "flood@example.pl")).toHaveLength(5);

    const ip = depsFor(t.db, tenant, clock, "198.51.100.9");
    for (let i = 0; i < 20; i++) await requestPasswordReset({ ...ip, email: `x${i}@example.pl`, appUrl });
    const byIp = await appErrorOf(requestPasswordReset({ ...ip, email: "x99@example.pl", appUrl }));
    expect(byIp.code).toBe("RATE_LIMITED");
  });
});
