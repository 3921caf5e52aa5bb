import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { contractVersions } from "~/platform/db/schema/contracts";
import { reports } from "~/platform/db/schema/reports";
import { tenants } from "~/platform/db/schema/tenancy";
import { formatIban, makePlIban } from "~/platform/validation/identifiers";
import { useTestDatabase } from "~/test/db";
import {
  TenantSettingsFormSchema,
  tenantSettingsView,
  updateTenantSettings,
} from "../administration/update-tenant-settings";
import { actorOf } from "../organizations/testing/factories";
import { createUpdateWorld, type UpdateWorld, updateClock } from "../updates/testing/factories";
import { readContractContent } from "./content";
import { buildContract } from "./contract-blocks";
import { generateContract } from "./generate-contract";
import { readContractTerms } from "./generate-view";

/*
 * The municipality's contract settings (admin settings, "Umowy dotacyjne") carried into a contract
 * drawn up afterwards: the number from the saved pattern, the representatives, the allowed shift
 * and the final report's days the form proposes, and the account for returns in § 9.
 */

describe("a contract drawn up with the municipality's contract settings", () => {
  const t = useTestDatabase();
  let w: UpdateWorld;
  const returnAccount = makePlIban("10202892", 4242);
  beforeAll(async () => {
    w = await createUpdateWorld(t.db);
    const [tenant] = await t.db.select().from(tenants).where(eq(tenants.id, w.tenant.id));
    if (!tenant) throw new Error("no tenant");
    const form = {
      ...tenantSettingsView(tenant),
      contractNumberPattern: "UM/{year}/{department}/{seq}",
      "contractRepresentatives.0.name": "Anna Prezydent",
      "contractRepresentatives.0.function": "Prezydent Miasta",
      "contractRepresentatives.1.name": "",
      "contractRepresentatives.1.function": "",
      "contractRepresentatives.2.name": "Jan Skarbnik",
      "contractRepresentatives.2.function": "Skarbnik Miasta",
      contractAllowedShift: "12,5",
      contractFinalReportDays: "21",
      returnBankAccount: formatIban(returnAccount),
    };
    await updateTenantSettings({
      db: t.db,
      tenantId: w.tenant.id,
      actor: actorOf(w.officer.user),
      input: TenantSettingsFormSchema.parse(form),
    });
  });

  it("proposes the saved representatives, shift and final report days, and numbers it by the pattern", async () => {
    const view = await readContractTerms(t.db, {
      tenantId: w.tenant.id,
      staffRoles: w.officer.staffRoles,
      offerId: w.full.offerId,
    });
    if (view.kind !== "new") throw new Error(`expected the form, got ${view.kind}`);
    expect(view.values.representatives).toEqual([
      { name: "Anna Prezydent", function: "Prezydent Miasta" },
      { name: "Jan Skarbnik", function: "Skarbnik Miasta" },
    ]);
    expect(view.values.allowedShift).toBe("12,5");
    expect(view.values.finalReportDays).toBe("21");
    expect(view.values.reports.find((r) => r.kind === "final")?.dueOn).toBe("2027-01-21");

    const result = await generateContract({
      db: t.db,
      tenantId: w.tenant.id,
      actor: actorOf(w.officer.user),
      clock: updateClock,
      staffRoles: w.officer.staffRoles,
      offerId: w.full.offerId,
      input: view.values,
    });
    expect(result.number).toBe("UM/2026/WPS/1");
    const [version] = await t.db
      .select()
      .from(contractVersions)
      .where(eq(contractVersions.contractId, result.contractId));
    const content = readContractContent(version?.content ?? {});
    expect(content.authority.representatives.map((r) => r.name)).toEqual(["Anna Prezydent", "Jan Skarbnik"]);
    expect(content.allowedShiftBp).toBe(1250);
    expect(content.finalReportDays).toBe(21);
    expect(content.returnAccount).toBe(returnAccount);
    const due = await t.db.select().from(reports).where(eq(reports.contractId, result.contractId));
    expect(due.map((r) => [r.kind, r.dueOn])).toEqual([["final", "2027-01-21"]]);

    const textOf = (c: typeof content) =>
      buildContract({
        content: c,
        versionNumber: 1,
        annexNumber: null,
        offerVersion: { receiptNumber: "X", checksum: "0".repeat(64) },
      })
        .flatMap((b) => ("text" in b ? [b.text] : "items" in b ? b.items : []))
        .join("\n");
    const text = textOf(content);
    expect(text).toContain(`na rachunek bankowy Zleceniodawcy nr ${formatIban(returnAccount)} (art. 251`);
    expect(text).toContain("o nie więcej niż 12,5\u00a0%");
    expect(text).toContain("w terminie 21 dni od dnia zakończenia realizacji zadania");
    // Without the municipality's account the clause names none.
    const { returnAccount: _, ...without } = content;
    expect(textOf(without)).not.toContain("rachunek bankowy Zleceniodawcy");
    expect(textOf(without)).toContain("31 stycznia 2027 r. (art. 251 ust. 1");
  });
});
