import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "../../platform/db/schema/audit";
import { tenants } from "../../platform/db/schema/tenancy";
import { readTenantSettings } from "../../platform/tenancy/settings";
import { useTestDatabase } from "../../test/db";
import { buildStaff, buildTenant } from "./test-fixtures";
import { TenantSettingsFormSchema, tenantSettingsView, updateTenantSettings } from "./update-tenant-settings";

function form(overrides: Record<string, string> = {}) {
  return {
    name: "Gmina Miasto Częstochowa",
    teryt: "2464011",
    seatCity: " Częstochowa ",
    bipUrl: "https://bip.czestochowa.pl",
    logoUrl: "",
    hostnames: "ngo.czestochowa.pl\nNGO.Czestochowa.pl, pozytek.czestochowa.pl",
    accessibilityPublishedOn: "2026-11-24",
    accessibilityUpdatedOn: "2026-12-01",
    accessibilityContactName: "Jan Kowalski",
    accessibilityContactEmail: "dostepnosc@czestochowa.um.gov.pl",
    accessibilityContactPhone: "34 370 70 00",
    coordinatorUnit: "Częstochowskie Centrum Organizacji Pozarządowych",
    coordinatorEmail: "ccop@czestochowa.um.gov.pl",
    contractNumberPattern: "{department}.526.{seq}.{year}",
    "contractRepresentatives.0.name": "Anna Prezydent",
    "contractRepresentatives.0.function": "Prezydent Miasta",
    "contractRepresentatives.1.name": "",
    "contractRepresentatives.1.function": "",
    contractAllowedShift: "20",
    contractFinalReportDays: "30",
    returnBankAccount: "",
    ...overrides,
  };
}

describe("municipality settings", () => {
  const t = useTestDatabase();

  it("saves the fields, keeps settings it does not know and audits only what changed", async () => {
    const tenant = await buildTenant(t.db, { settings: { portal: { banner: "x" } } });
    const { actor } = await buildStaff(t.db, tenant.id, "admin");
    const input = TenantSettingsFormSchema.parse(form());
    expect(input.hostnames).toEqual(["ngo.czestochowa.pl", "pozytek.czestochowa.pl"]);
    await updateTenantSettings({ db: t.db, tenantId: tenant.id, actor, input });
    const [row] = await t.db.select().from(tenants).where(eq(tenants.id, tenant.id));
    expect(row?.bipUrl).toBe("https://bip.czestochowa.pl");
    expect(row?.logoUrl).toBeNull();
    expect(row?.settings).toMatchObject({ portal: { banner: "x" } });
    expect(readTenantSettings(row?.settings).accessibility.contactName).toBe("Jan Kowalski");
    expect(tenantSettingsView(row!).coordinatorEmail).toBe("ccop@czestochowa.um.gov.pl");
    expect(readTenantSettings(row?.settings).seatCity).toBe("Częstochowa");
    expect(tenantSettingsView(row!).seatCity).toBe("Częstochowa");

    await updateTenantSettings({
      db: t.db,
      tenantId: tenant.id,
      actor,
      input: TenantSettingsFormSchema.parse(form({ coordinatorUnit: "Wydział Polityki Społecznej" })),
    });
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.entityId, tenant.id));
    expect(entries).toHaveLength(2);
    expect(entries[1]?.before).toEqual({
      coordinatorUnit: "Częstochowskie Centrum Organizacji Pozarządowych",
    });
    expect(entries[1]?.after).toEqual({ coordinatorUnit: "Wydział Polityki Społecznej" });
    // Saving the same values again changes nothing and writes nothing.
    await updateTenantSettings({
      db: t.db,
      tenantId: tenant.id,
      actor,
      input: TenantSettingsFormSchema.parse(form({ coordinatorUnit: "Wydział Polityki Społecznej" })),
    });
    expect(await t.db.select().from(auditLog).where(eq(auditLog.entityId, tenant.id))).toHaveLength(2);

    await updateTenantSettings({
      db: t.db,
      tenantId: tenant.id,
      actor,
      input: TenantSettingsFormSchema.parse(
        form({ coordinatorUnit: "Wydział Polityki Społecznej", seatCity: "Blachownia" }),
      ),
    });
    const last = (await t.db.select().from(auditLog).where(eq(auditLog.entityId, tenant.id)))[2];
    expect(last?.before).toEqual({ seatCity: "Częstochowa" });
    expect(last?.after).toEqual({ seatCity: "Blachownia" });
  });

  it("saves the contract settings: pattern, representatives without blank rows, shift, days, account", async () => {
    const tenant = await buildTenant(t.db);
    const { actor } = await buildStaff(t.db, tenant.id, "admin");
    expect(tenantSettingsView(tenant)).toMatchObject({
      contractNumberPattern: "{department}.526.{seq}.{year}",
      contractAllowedShift: "20",
      contractFinalReportDays: "30",
      returnBankAccount: "",
    });
    await updateTenantSettings({
      db: t.db,
      tenantId: tenant.id,
      actor,
      input: TenantSettingsFormSchema.parse(form({ hostnames: "" })),
    });
    const input = TenantSettingsFormSchema.parse(
      form({
        hostnames: "",
        contractNumberPattern: " UM/{year}/{seq} ",
        "contractRepresentatives.0.name": "",
        "contractRepresentatives.0.function": "",
        "contractRepresentatives.1.name": "Jan Kowalski",
        "contractRepresentatives.1.function": "Zastępca Prezydenta Miasta",
        "contractRepresentatives.2.name": "  ",
        "contractRepresentatives.2.function": "",
        contractAllowedShift: "12,5",
        contractFinalReportDays: "21",
        returnBankAccount: "61 1090 1014 0000 0712 1981 2874",
      }),
    );
    await updateTenantSettings({ db: t.db, tenantId: tenant.id, actor, input });
    const [row] = await t.db.select().from(tenants).where(eq(tenants.id, tenant.id));
    const settings = readTenantSettings(row?.settings);
    expect(settings.contractNumberPattern).toBe("UM/{year}/{seq}");
    expect(settings.contractRepresentatives).toEqual([
      { name: "Jan Kowalski", function: "Zastępca Prezydenta Miasta" },
    ]);
    expect(settings.contractAllowedShiftBp).toBe(1250);
    expect(settings.contractFinalReportDays).toBe(21);
    expect(settings.returnBankAccount).toBe("PL61109010140000071219812874");
    expect(tenantSettingsView(row!)).toMatchObject({
      "contractRepresentatives.0.name": "Jan Kowalski",
      contractAllowedShift: "12,5",
      contractFinalReportDays: "21",
      returnBankAccount: "PL61 1090 1014 0000 0712 1981 2874",
    });
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.entityId, tenant.id));
    expect(entries).toHaveLength(2);
    expect(entries[1]?.before).toEqual({
      contractNumberPattern: "{department}.526.{seq}.{year}",
      contractRepresentatives: "Anna Prezydent — Prezydent Miasta",
      contractAllowedShift: "20",
      contractFinalReportDays: "30",
      returnBankAccount: "",
    });
    expect(entries[1]?.after).toEqual({
      contractNumberPattern: "UM/{year}/{seq}",
      contractRepresentatives: "Jan Kowalski — Zastępca Prezydenta Miasta",
      contractAllowedShift: "12,5",
      contractFinalReportDays: "21",
      returnBankAccount: "PL61 1090 1014 0000 0712 1981 2874",
    });
  });

  it("checks the contract settings next to their fields", () => {
    const errors = (overrides: Record<string, string>) =>
      TenantSettingsFormSchema.safeParse(form(overrides)).error?.issues.map(
        (i) => `${i.path.join(".")}:${i.message}`,
      );
    expect(errors({ contractNumberPattern: "{department}.526.{year}" })).toEqual([
      "contractNumberPattern:admin.settings.contractNumberPatternSeq",
    ]);
    expect(errors({ contractNumberPattern: "{dept}.{seq}" })).toEqual([
      "contractNumberPattern:admin.settings.contractNumberPatternPlaceholder",
    ]);
    expect(errors({ contractNumberPattern: `{seq}${"x".repeat(80)}` })).toEqual([
      'contractNumberPattern:form.tooLong|{"max":80}',
    ]);
    expect(errors({ contractNumberPattern: "" })).toEqual(["contractNumberPattern:form.required"]);
    expect(errors({ contractAllowedShift: "120" })).toEqual([
      "contractAllowedShift:competition.error.percent",
    ]);
    expect(errors({ contractAllowedShift: "dużo" })).toEqual([
      "contractAllowedShift:competition.error.percent",
    ]);
    expect(errors({ contractFinalReportDays: "0" })).toHaveLength(1);
    expect(errors({ returnBankAccount: "61 1090 1014 0000 0712 1981 2875" })).toEqual([
      "returnBankAccount:org.error.ibanChecksum",
    ]);
    expect(errors({ "contractRepresentatives.1.name": "Jan Kowalski" })).toEqual([
      "contractRepresentatives.1.function:form.required",
    ]);
    const parsed = TenantSettingsFormSchema.parse(form({ contractAllowedShift: "12,5" }));
    expect(parsed.contractAllowedShift).toBe(1250);
    expect(TenantSettingsFormSchema.parse(form({ contractAllowedShift: "0" })).contractAllowedShift).toBe(0);
    expect(parsed.contractRepresentatives).toEqual([
      { name: "Anna Prezydent", function: "Prezydent Miasta" },
    ]);
  });

  it("refuses a host name that serves another municipality", async () => {
    const tenant = await buildTenant(t.db);
    await buildTenant(t.db, { hostnames: ["ngo.mikolow.pl"] });
    const { actor } = await buildStaff(t.db, tenant.id, "admin");
    await expect(
      updateTenantSettings({
        db: t.db,
        tenantId: tenant.id,
        actor,
        input: TenantSettingsFormSchema.parse(form({ hostnames: "ngo.mikolow.pl" })),
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { hostnames: ["admin.settings.hostnameTaken"] },
    });
  });

  it("checks TERYT, addresses, host names and dates", () => {
    const errors = (overrides: Record<string, string>) =>
      TenantSettingsFormSchema.safeParse(form(overrides)).error?.issues.map(
        (i) => `${String(i.path[0])}:${i.message}`,
      );
    expect(errors({ teryt: "24640" })).toEqual(["teryt:admin.settings.terytFormat"]);
    expect(errors({ bipUrl: "javascript:alert(1)" })).toEqual(["bipUrl:admin.settings.urlFormat"]);
    expect(errors({ hostnames: "ngo.gmina.pl\nzła nazwa" })).toEqual([
      "hostnames:admin.settings.hostnameFormat",
    ]);
    expect(errors({ accessibilityUpdatedOn: "1.12.2026" })).toEqual([
      "accessibilityUpdatedOn:admin.settings.dateFormat",
    ]);
    expect(errors({ coordinatorEmail: "ccop" })).toEqual(["coordinatorEmail:form.invalidEmail"]);
    expect(errors({ seatCity: "x".repeat(101) })).toEqual(['seatCity:form.tooLong|{"max":100}']);
    expect(TenantSettingsFormSchema.parse(form({ seatCity: "" })).seatCity).toBe("");
  });
});
