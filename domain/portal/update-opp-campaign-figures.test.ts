import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "../../platform/db/schema/audit";
import { tenants } from "../../platform/db/schema/tenancy";
import { readTenantSettings } from "../../platform/tenancy/settings";
import { useTestDatabase } from "../../test/db";
import {
  actorOf,
  createTestTenant,
  createTestUser,
  expectAppError,
} from "../organizations/testing/factories";
import { CAMPAIGN_FORM_COLUMNS, campaignFormValues, OppCampaignFormSchema } from "./campaign-figures-form";
import { updateOppCampaignFigures } from "./update-opp-campaign-figures";

/** The form as parseForm reads it (each column an array, one value per row), and its errors by field. */
function post(rows: string[][]) {
  const raw = Object.fromEntries(CAMPAIGN_FORM_COLUMNS.map((c, i) => [c, rows.map((row) => row[i] ?? "")]));
  const parsed = OppCampaignFormSchema.safeParse(raw);
  if (parsed.success) return { ok: true as const, data: parsed.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join(".");
    fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
  }
  return { ok: false as const, fieldErrors };
}

describe("the 1.5 % campaign figures", () => {
  const t = useTestDatabase();

  it("reads the coordinator's form: amounts in złoty, blank rows dropped", () => {
    const parsed = post([
      ["2021", "111 000", "8 500 000,00", "2 367 202,00"],
      ["", "", "", ""],
      ["2020", "105000", "7900000", "2142927"],
    ]);
    expect(parsed.ok && parsed.data.rows).toEqual([
      { year: 2021, donors: 111_000, totalGrosze: 850_000_000, localGrosze: 236_720_200 },
      { year: 2020, donors: 105_000, totalGrosze: 790_000_000, localGrosze: 214_292_700 },
    ]);
  });

  it("refuses bad rows next to the cell", () => {
    const parsed = post([
      ["21", "many", "8,5 mln", "1"],
      ["2021", "1", "100", "200"],
      ["2021", "1", "100", "50"],
    ]);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.fieldErrors).toEqual({
      "rows.0.year": ["portal.campaign.error.year"],
      "rows.0.donors": ["portal.campaign.error.donors"],
      "rows.0.total": ["portal.campaign.error.amount"],
      "rows.1.local": ["portal.campaign.error.localAboveTotal"],
    });
    const dupes = post([
      ["2021", "1", "100", "50"],
      ["2021", "1", "100", "50"],
    ]);
    expect(!dupes.ok && dupes.fieldErrors).toEqual({
      "rows.1.year": ["portal.campaign.error.duplicateYear"],
    });
  });

  it("saves the figures in the settings, keeps the other settings and audits the change once", async () => {
    const tenant = await createTestTenant(t.db, {
      settings: { coordinatorUnit: "CCOP", seatCity: "Częstochowa" },
    });
    const actor = actorOf(await createTestUser(t.db));
    const figures = [
      { year: 2022, donors: 115_000, totalGrosze: 900_000_000, localGrosze: 250_000_000 },
      { year: 2021, donors: 111_000, totalGrosze: 850_000_000, localGrosze: 236_720_200 },
    ];
    const save = () =>
      updateOppCampaignFigures({
        db: t.db,
        tenantId: tenant.id,
        actor,
        staffRoles: ["coordinator"],
        figures,
      });
    expect(await save()).toEqual({ changed: true });
    const [row] = await t.db.select().from(tenants).where(eq(tenants.id, tenant.id));
    const settings = readTenantSettings(row?.settings);
    expect(settings.oppCampaign.map((f) => f.year)).toEqual([2021, 2022]);
    expect(settings).toMatchObject({ coordinatorUnit: "CCOP", seatCity: "Częstochowa" });
    expect(campaignFormValues(settings.oppCampaign)).toEqual({
      year: "2021\n2022",
      donors: "111000\n115000",
      total: "8\u00a0500\u00a0000,00\n9\u00a0000\u00a0000,00",
      local: "2\u00a0367\u00a0202,00\n2\u00a0500\u00a0000,00",
    });
    expect(await save()).toEqual({ changed: false });
    const entries = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, tenant.id), eq(auditLog.action, "tenant.opp_campaign_updated")));
    expect(entries).toHaveLength(1);
    expect(entries[0]?.before).toEqual({ oppCampaign: [] });
    expect(entries[0]?.after).toMatchObject({ oppCampaign: [{ year: 2021 }, { year: 2022 }] });
  });

  it("is refused to an officer and checks the figures again without the form", async () => {
    const tenant = await createTestTenant(t.db);
    const actor = actorOf(await createTestUser(t.db));
    const year = { year: 2021, donors: 1, totalGrosze: 100, localGrosze: 50 };
    const save = (staffRoles: ("officer" | "admin")[], figures: (typeof year)[]) =>
      updateOppCampaignFigures({ db: t.db, tenantId: tenant.id, actor, staffRoles, figures });
    await expectAppError(save(["officer"], [year]), "FORBIDDEN");
    await expectAppError(save(["admin"], [year, year]), "VALIDATION");
    await expectAppError(save(["admin"], [{ ...year, localGrosze: 101 }]), "VALIDATION");
    await expectAppError(save(["admin"], [{ ...year, donors: -1 }]), "VALIDATION");
    expect(await save(["admin"], [year])).toEqual({ changed: true });
  });
});
