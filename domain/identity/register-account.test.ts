import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "~/platform/auth/password.server";
import { fixedClock } from "~/platform/clock/clock";
import { auditLog } from "~/platform/db/schema/audit";
import { users, userTokens } from "~/platform/db/schema/identity";
import { useTestDatabase } from "~/test/db";
import { registerAccount } from "./register-account";
import { appErrorOf, buildTenant, depsFor, mailsTo, TEST_PASSWORD, tokenFromMail } from "./test-factories";

describe("registerAccount", () => {
  const t = useTestDatabase();
  const clock = fixedClock("2026-03-02T09:00:00Z");
  const input = {
    name: " Ala Nowak ",
    password: TEST_PASSWORD,
    locale: "pl" as const,
    appUrl: "https://ngo.example.pl/",
  };

  it("creates the account with a lowercase address and mails the confirmation link", async () => {
    const tenant = await buildTenant(t.db);
    const { userId } = await registerAccount({
      ...depsFor(t.db, tenant, clock),
      ...input,
      email: " Ala@Example.PL ",
    });
    const [user] = await t.db.select().from(users).where(eq(users.id, userId));
    expect(user?.email).toBe("ala@example.pl");
    expect(user?.name).toBe("Ala Nowak");
    expect(user?.emailVerifiedAt).toBeNull();
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user!.passwordHash, TEST_PASSWORD)).toBe(true);

    const mails = await mailsTo(t.db, "ala@example.pl");
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("Potwierdź adres e-mail");
    expect(mails[0]?.text).toContain("https://ngo.example.pl/potwierdz-email/");
    const token = tokenFromMail(mails[0]!.text, "/potwierdz-email");
    const [stored] = await t.db.select().from(userTokens).where(eq(userTokens.userId, userId));
    expect(stored?.kind).toBe("verify_email");
    expect(stored?.tokenHash).not.toBe(token);

    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, userId));
    expect(audit.map((a) => a.action)).toEqual(["user.registered"]);
    const dump = JSON.stringify(audit);
    expect(dump).not.toContain(TEST_PASSWORD);
    expect(dump).not.toContain(token);
  });

  it("refuses a taken address with an error on the e-mail field", async () => {
    const tenant = await buildTenant(t.db);
    await registerAccount({
      ...depsFor(t.db, tenant, clock, "192.0.2.10"),
      ...input,
      email: "bis@example.pl",
    });
    const error = await appErrorOf(
      registerAccount({ ...depsFor(t.db, tenant, clock, "192.0.2.10"), ...input, email: "BIS@example.pl" }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.fieldErrors).toEqual({ email: ["identity.email.taken"] });
    expect(await mailsTo(t.db, "bis@example.pl")).toHaveLength(1);
  });

  it("limits new accounts per IP", async () => {
    const tenant = await buildTenant(t.db);
    const deps = depsFor(t.db, tenant, fixedClock("2026-03-02T12:00:00Z"), "198.51.100.7");
    for (let i = 0; i < 20; i++) await registerAccount({ ...deps, ...input, email: `n${i}@example.pl` });
    const error = await appErrorOf(registerAccount({ ...deps, ...input, email: "n20@example.pl" }));
    expect(error.code).toBe("RATE_LIMITED");
  });
});
