import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { REAUTH_FRESH_MS } from "~/platform/auth/rules";
import { fixedClock } from "~/platform/clock/clock";
import { users } from "~/platform/db/schema/identity";
import { useTestDatabase } from "~/test/db";
import { changeEmail } from "./change-email";
import { reauthenticate } from "./reauthenticate";
import {
  appErrorOf,
  buildSession,
  buildTenant,
  buildUser,
  depsFor,
  mailsTo,
  TEST_PASSWORD,
  tokenFromMail,
} from "./test-factories";
import { verifyEmail } from "./verify-email";

describe("changeEmail", () => {
  const t = useTestDatabase();
  const appUrl = "https://ngo.example.pl";

  async function signedIn(email: string) {
    const clock = fixedClock("2026-03-02T09:00:00Z");
    const tenant = await buildTenant(t.db);
    const user = await buildUser(t.db, { email });
    const session = await buildSession(t.db, { userId: user.id, now: clock.now() });
    const ref = { userId: user.id, sessionIdHash: session.idHash };
    return { clock, user, ref, deps: depsFor(t.db, tenant, clock) };
  }

  it("is refused without a fresh re-authentication", async () => {
    const s = await signedIn("stale@example.pl");
    const never = await appErrorOf(changeEmail({ ...s.deps, ...s.ref, email: "new1@example.pl", appUrl }));
    expect([never.code, never.messageKey]).toEqual(["FORBIDDEN", "identity.reauth.required"]);

    await reauthenticate({ ...s.deps, ...s.ref, password: TEST_PASSWORD });
    s.clock.advance(REAUTH_FRESH_MS + 1000);
    const stale = await appErrorOf(changeEmail({ ...s.deps, ...s.ref, email: "new1@example.pl", appUrl }));
    expect(stale.code).toBe("FORBIDDEN");
    expect(await mailsTo(t.db, "new1@example.pl")).toHaveLength(0);
  });

  it("mails a link to the new address and switches when it is opened", async () => {
    const s = await signedIn("before@example.pl");
    await reauthenticate({ ...s.deps, ...s.ref, password: TEST_PASSWORD });
    await changeEmail({ ...s.deps, ...s.ref, email: " After@Example.pl", appUrl });
    const [unchanged] = await t.db.select().from(users).where(eq(users.id, s.user.id));
    expect(unchanged?.email).toBe("before@example.pl");

    const [mail] = await mailsTo(t.db, "after@example.pl");
    expect(mail?.subject).toBe("Potwierdź nowy adres e-mail");
    const token = tokenFromMail(mail!.text, "/potwierdz-email");
    expect(await verifyEmail({ ...s.deps, token })).toEqual({ kind: "change_email" });
    const [changed] = await t.db.select().from(users).where(eq(users.id, s.user.id));
    expect(changed?.email).toBe("after@example.pl");
    const [notice] = await mailsTo(t.db, "before@example.pl");
    expect(notice?.text).toContain("after@example.pl");
    expect((await appErrorOf(verifyEmail({ ...s.deps, token }))).code).toBe("GONE");
  });

  it("does not tell whether the new address has an account, and sends it nothing", async () => {
    const s = await signedIn("mine@example.pl");
    await buildUser(t.db, { email: "taken@example.pl" });
    await reauthenticate({ ...s.deps, ...s.ref, password: TEST_PASSWORD });
    await expect(
      changeEmail({ ...s.deps, ...s.ref, email: "taken@example.pl", appUrl }),
    ).resolves.toBeUndefined();
    expect(await mailsTo(t.db, "taken@example.pl")).toHaveLength(0);
    const same = await appErrorOf(changeEmail({ ...s.deps, ...s.ref, email: "MINE@example.pl", appUrl }));
    expect(same.fieldErrors).toEqual({ email: ["identity.email.same"] });
  });
});
