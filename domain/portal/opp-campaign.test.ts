import { beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../platform/clock/clock";
import { useTestDatabase } from "../../test/db";
import { createTestOrganization, createTestTenant, createTestUser } from "../organizations/testing/factories";
import { listLocalOpps, oppCampaignFigures, seatCityOf } from "./opp-campaign";

describe("the 1.5 % campaign list", () => {
  const t = useTestDatabase();
  let tenantId = "";
  let otherTenantId = "";
  const clock = fixedClock("2026-03-02T09:00:00Z");

  beforeAll(async () => {
    tenantId = (await createTestTenant(t.db)).id;
    otherTenantId = (await createTestTenant(t.db)).id;
    const owner = await createTestUser(t.db);
    const add = (
      name: string,
      profile: Record<string, unknown>,
      status: "verified" | "pending" | "rejected" = "verified",
      tenant = tenantId,
    ) => createTestOrganization(t.db, { tenantId: tenant, owner, status, profile: { name, ...profile } });
    await add("Hospicjum Częstochowskie", { opp: true, city: "Częstochowa", areas: ["health"] });
    await add("Zwierzęta w Potrzebie", {
      opp: true,
      city: " częstochowa ",
      areas: ["ecology_animals", "charity"],
    });
    await add("OPP z Kłobucka", { opp: true, city: "Kłobuck" });
    await add("Bez statusu OPP", { opp: false, city: "Częstochowa" });
    await add("OPP czekająca na weryfikację", { opp: true, city: "Częstochowa" }, "pending");
    await add("OPP odrzucona", { opp: true, city: "Częstochowa" }, "rejected");
    await add("OPP z innej gminy", { opp: true, city: "Częstochowa" }, "verified", otherTenantId);
  });

  it("lists exactly the verified OPPs seated in the municipality, with KRS and areas", async () => {
    const list = await listLocalOpps({ db: t.db, tenantId, seatCity: "Częstochowa", clock });
    expect(list.asOf).toBe("2026-03-02T09:00:00.000Z");
    expect(list.organizations.map((o) => o.name)).toEqual([
      "Hospicjum Częstochowskie",
      "Zwierzęta w Potrzebie",
    ]);
    for (const o of list.organizations) expect(o.krs).toMatch(/^\d{10}$/);
    expect(list.organizations[1]?.areas).toEqual(["charity", "ecology_animals"]);
  });

  it("lists nothing when the seat is unknown", async () => {
    expect((await listLocalOpps({ db: t.db, tenantId, seatCity: " ", clock })).organizations).toEqual([]);
  });

  it("takes the seat from the settings, or from the municipality's name", () => {
    expect(seatCityOf({ name: "Gmina Miasto Częstochowa", settings: {} })).toBe("Częstochowa");
    expect(seatCityOf({ name: "Miasto i Gmina Kłobuck", settings: {} })).toBe("Kłobuck");
    expect(seatCityOf({ name: "Gmina Mykanów", settings: { seatCity: "Mykanów" } })).toBe("Mykanów");
    expect(seatCityOf({ name: "Gmina Kłomnice", settings: { seatCity: "  " } })).toBe("Kłomnice");
  });

  it("reads the yearly figures, oldest first, and ignores unreadable ones", () => {
    const y = (year: number) => ({ year, donors: 1, totalGrosze: 2, localGrosze: 1 });
    expect(oppCampaignFigures({ oppCampaign: [y(2022), y(2021)] }).map((f) => f.year)).toEqual([2021, 2022]);
    expect(oppCampaignFigures({ oppCampaign: "zepsute" })).toEqual([]);
    expect(oppCampaignFigures(null)).toEqual([]);
  });
});
