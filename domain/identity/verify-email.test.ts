import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { fixedClock } from "~/platform/clock/clock";
import { users } from "~/platform/db/schema/identity";
import { useTestDatabase } from "~/test/db";
import { registerAccount } from "./register-account";
import { appErrorOf, buildTenant, depsFor, mailsTo, TEST_PASSWORD, tokenFromMail } from "./test-factories";
import { isEmailTokenUsable, verifyEmail } from "./verify-email";

describe("verifyEmail", () => {
  const t = useTestDatabase();

  async function registered(email: string, clock = fixedClock("2026-03-02T09:00:00Z")) {
    const tenant = await buildTenant(t.db);
    const deps = depsFor(t.db, tenant, clock);
    const { userId } = await registerAccount({
      ...deps,
      name: "Ola",
      email,
      password: TEST_PASSWORD,
      locale: "pl",
      appUrl: "https://ngo.example.pl",
    });
    const [mail] = await mailsTo(t.db, email);
    return { deps, clock, userId, token: tokenFromMail(mail!.text, "/potwierdz-email") };
  }

  it("confirms the address once", async () => {
    const r = await registered("verify@example.pl");
    expect(await isEmailTokenUsable(t.db, r.token, r.clock.now())).toBe(true);
    expect(await verifyEmail({ ...r.deps, token: r.token })).toEqual({ kind: "verify_email" });
    const [user] = await t.db.select().from(users).where(eq(users.id, r.userId));
    expect(user?.emailVerifiedAt).toEqual(r.clock.now());
    expect((await appErrorOf(verifyEmail({ ...r.deps, token: r.token }))).code).toBe("GONE");
  });

  it("refuses an expired link", async () => {
    const r = await registered("old@example.pl");
    r.clock.advance(49 * 60 * 60 * 1000);
    expect((await appErrorOf(verifyEmail({ ...r.deps, token: r.token }))).code).toBe("GONE");
    const [user] = await t.db.select().from(users).where(eq(users.id, r.userId));
    expect(user?.emailVerifiedAt).toBeNull();
  });

  it("refuses a link for an address the account no longer has", async () => {
    const r = await registered("moved@example.pl");
    await t.db.update(users).set({ email: "elsewhere@example.pl" }).where(eq(users.id, r.userId));
    expect((await appErrorOf(verifyEmail({ ...r.deps, token: r.token }))).code).toBe("GONE");
  });
});
