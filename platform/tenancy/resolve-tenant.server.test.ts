import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { buildTenant } from "~/domain/identity/test-factories";
import { useTestDatabase } from "~/test/db";
import { tenants } from "../db/schema/tenancy";
import {
  forgetResolvedTenants,
  resolveTenant,
  resolveTenantCached,
  TENANT_CACHE_TTL_MS,
} from "./resolve-tenant.server";

describe("resolveTenantCached", () => {
  const t = useTestDatabase();

  it("answers as resolveTenant and keeps the answer for the TTL, then reads again", async () => {
    const tenant = await buildTenant(t.db, { hostnames: ["gmina.example.pl"] });
    const at = 1_000_000;
    const first = await resolveTenantCached(t.db, "gmina.example.pl:443", undefined, at);
    expect(first).toEqual(await resolveTenant(t.db, "gmina.example.pl:443"));
    expect(first?.id).toBe(tenant.id);

    await t.db.update(tenants).set({ name: "Gmina Zmieniona" }).where(eq(tenants.id, tenant.id));
    const cached = await resolveTenantCached(
      t.db,
      "GMINA.example.pl",
      undefined,
      at + TENANT_CACHE_TTL_MS - 1,
    );
    expect(cached?.name).toBe("Gmina Testowa");
    const fresh = await resolveTenantCached(t.db, "gmina.example.pl", undefined, at + TENANT_CACHE_TTL_MS);
    expect(fresh?.name).toBe("Gmina Zmieniona");
  });

  it("reads again at once after forgetResolvedTenants (a change of a tenant in this process)", async () => {
    const tenant = await buildTenant(t.db, { hostnames: ["inna.example.pl"] });
    const at = 2_000_000;
    expect((await resolveTenantCached(t.db, "inna.example.pl", undefined, at))?.name).toBe("Gmina Testowa");
    await t.db.update(tenants).set({ name: "Gmina Po Zmianie" }).where(eq(tenants.id, tenant.id));
    forgetResolvedTenants();
    expect((await resolveTenantCached(t.db, "inna.example.pl", undefined, at + 1))?.name).toBe(
      "Gmina Po Zmianie",
    );
  });

  it("keeps answers per host and default slug", async () => {
    const a = await buildTenant(t.db, { hostnames: ["a.example.pl"] });
    const b = await buildTenant(t.db, { hostnames: ["b.example.pl"] });
    const at = 3_000_000;
    expect((await resolveTenantCached(t.db, "a.example.pl", undefined, at))?.id).toBe(a.id);
    expect((await resolveTenantCached(t.db, "b.example.pl", undefined, at))?.id).toBe(b.id);
    expect((await resolveTenantCached(t.db, "nieznany.example.pl", b.slug, at))?.id).toBe(b.id);
    expect((await resolveTenantCached(t.db, "nieznany.example.pl", a.slug, at))?.id).toBe(a.id);
  });
});
