import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import { createTestOrganization, createTestTenant, createTestUser } from "../organizations/testing/factories";
import { getPortalFigures } from "./get-portal-figures";
import { listPublicDistricts } from "./list-public-districts";

describe("districts and figures of the public NGO base", () => {
  const t = useTestDatabase();

  it("lists each district of the tenant's verified organisations once, in Polish order", async () => {
    const tenant = await createTestTenant(t.db);
    const other = await createTestTenant(t.db);
    const owner = await createTestUser(t.db);
    const add = (district: string | undefined, status: "verified" | "pending" = "verified", opp = false) =>
      createTestOrganization(t.db, { tenantId: tenant.id, owner, status, profile: { district, opp } });
    expect(await listPublicDistricts({ db: t.db, tenantId: tenant.id })).toEqual([]);
    expect(await getPortalFigures({ db: t.db, tenantId: tenant.id })).toEqual({
      verifiedOrganizations: 0,
      oppOrganizations: 0,
    });
    await add("Zawodzie");
    await add("Śródmieście", "verified", true);
    await add("Śródmieście");
    await add("Błeszno");
    await add("Stradom");
    await add(undefined, "verified", true);
    await add("Lisiniec", "pending", true);
    await createTestOrganization(t.db, {
      tenantId: other.id,
      owner,
      status: "verified",
      profile: { district: "Raków" },
    });
    // "Ś" sorts after "S" in Polish, not after "Z" as its code point would.
    expect(await listPublicDistricts({ db: t.db, tenantId: tenant.id })).toEqual([
      "Błeszno",
      "Stradom",
      "Śródmieście",
      "Zawodzie",
    ]);
    expect(await getPortalFigures({ db: t.db, tenantId: tenant.id })).toEqual({
      verifiedOrganizations: 6,
      oppOrganizations: 2,
    });
  });
});
