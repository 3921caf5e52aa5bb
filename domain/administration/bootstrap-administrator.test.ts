import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { hashToken } from "../../platform/auth/tokens.server";
import { fixedClock } from "../../platform/clock/clock";
import { staffRoles, users, userTokens } from "../../platform/db/schema/identity";
import { tenants } from "../../platform/db/schema/tenancy";
import { useTestDatabase } from "../../test/db";
import { bootstrapAdministrator, slugify } from "./bootstrap-administrator";

describe("the first administrator", () => {
  const t = useTestDatabase();
  const clock = fixedClock("2026-11-24T10:00:00Z");
  const appUrl = "https://ngo.example.pl/";

  it("creates the municipality, the account and the admin role on an empty database", async () => {
    await expect(
      bootstrapAdministrator({ db: t.db, clock, appUrl, input: { email: "a@um.example.pl", name: "Anna" } }),
    ).rejects.toMatchObject({ messageKey: "admin.bootstrap.tenantDataRequired" });

    const result = await bootstrapAdministrator({
      db: t.db,
      clock,
      appUrl,
      input: { email: "a@um.example.pl", name: "Anna", tenantName: "Gmina Żółkiewka", teryt: "0619072" },
    });
    expect(result.tenant).toEqual({ slug: "gmina-zolkiewka", name: "Gmina Żółkiewka", created: true });
    expect(result.user).toEqual({ email: "a@um.example.pl", created: true });
    expect(result.expiresAt.getTime() - clock.now().getTime()).toBe(60 * 60 * 1000);
    const token = result.url.replace("https://ngo.example.pl/reset-hasla/", "");
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const [stored] = await t.db
      .select()
      .from(userTokens)
      .where(eq(userTokens.tokenHash, hashToken(token)));
    expect(stored?.kind).toBe("reset_password");
    const [user] = await t.db.select().from(users).where(eq(users.email, "a@um.example.pl"));
    const roles = await t.db.select().from(staffRoles).where(eq(staffRoles.userId, user!.id));
    expect(roles.map((r) => r.role)).toEqual(["admin"]);
  });

  it("uses the only municipality, and issues a new link when run again", async () => {
    const again = await bootstrapAdministrator({
      db: t.db,
      clock,
      appUrl,
      input: { email: "a@um.example.pl", name: "Anna" },
    });
    expect(again.tenant.created).toBe(false);
    expect(again.user.created).toBe(false);
    expect(await t.db.select().from(tenants)).toHaveLength(1);
  });

  it("asks which municipality when there are several", async () => {
    await t.db.insert(tenants).values({ slug: "gmina-b", name: "Gmina B", teryt: "1234567" });
    await expect(
      bootstrapAdministrator({ db: t.db, clock, appUrl, input: { email: "b@um.example.pl", name: "B" } }),
    ).rejects.toMatchObject({ messageKey: "admin.bootstrap.chooseTenant" });
    const ok = await bootstrapAdministrator({
      db: t.db,
      clock,
      appUrl,
      input: { email: "b@um.example.pl", name: "B", tenantSlug: "gmina-b" },
    });
    expect(ok.tenant.slug).toBe("gmina-b");
  });

  it("makes slugs from Polish names", () => {
    expect(slugify("Gmina Miasto Częstochowa")).toBe("gmina-miasto-czestochowa");
    expect(slugify("Łódź")).toBe("lodz");
  });
});
