import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { tenantSettingsView } from "~/domain/administration/update-tenant-settings";
import { type ContractWorld, createContractWorld } from "~/domain/contracts/testing/factories";
import { TEST_APP_URL } from "~/domain/offers/testing/factories";
import { acceptedFinalReport } from "~/domain/reports/testing/factories";
import { confirmSettlement } from "~/domain/settlement/confirm-settlement";
import { insertDemoInterestRates } from "~/domain/settlement/interest-rates";
import { fixedClock } from "~/platform/clock/clock";
import type { Db } from "~/platform/db/client.server";
import { tenants } from "~/platform/db/schema/tenancy";
import { readTenantSettings } from "~/platform/tenancy/settings";
import { useTestDatabase } from "~/test/db";
import { callRoute, type Person, pageRenderer, routeContext, type StaffRoles } from "~/test/route-harness";
import AdminSettings, { action, loader } from "../../routes/admin.ustawienia";
import MemberSettlementPage, { loader as memberLoader } from "../../routes/panel.umowy.$id.rozliczenie";
import OfficeSettlementPage, { loader as officeLoader } from "../../routes/urzad.umowy.$id.rozliczenie";

/*
 * The fieldset "Umowy dotacyjne" of /admin/ustawienia through its loader and action: the rows
 * shown without JavaScript, the preview of the next number, a refused pattern with its error next
 * to the field and the typed values kept, a save; then the account for returns on the settlement's
 * pages of the organisation and of the office.
 */

const clock = fixedClock("2026-12-12T10:00:00Z");
const render = pageRenderer(/(admin|settlement)\.[a-z]+\.[a-zA-Z]/);
const plain = (html: string) => html.replace(/[\u00a0\u202f]/g, " ");

describe("the contract settings on the administrator's settings page", () => {
  const t = useTestDatabase();
  let w: ContractWorld;
  const tenantRow = async () => {
    const [row] = await t.db.select().from(tenants).where(eq(tenants.id, w.tenant.id));
    if (!row) throw new Error("no tenant");
    return row;
  };
  const contextFor = async (db: Db, person: Person, staffRoles?: StaffRoles) =>
    routeContext(db, await tenantRow(), person, { clock, staffRoles });

  beforeAll(async () => {
    w = await createContractWorld(t.db);
    await insertDemoInterestRates(t.db, w.tenant.id);
  });

  it("shows the fieldset with two blank rows and the preview, refuses a pattern without {seq}, saves", async () => {
    const admin = await contextFor(t.db, w.admin.user, w.admin.staffRoles);
    const page = await callRoute(loader, admin, {});
    expect(page.status).toBe(200);
    const html = plain(render(AdminSettings, page.data));
    expect(html).toContain("<legend>Umowy dotacyjne</legend>");
    expect(html).toMatch(/Następny numer, np\. w wydziale [A-Z]+: [A-Z]+\.526\.1\.2026\./);
    expect(html).toContain('name="contractRepresentatives.0.name"');
    expect(html).toContain('name="contractRepresentatives.1.name"');
    expect(html).not.toContain('name="contractRepresentatives.2.name"');

    const form = {
      ...tenantSettingsView(await tenantRow()),
      contractNumberPattern: "{department}/{year}",
      "contractRepresentatives.0.name": "Anna Prezydent",
      "contractRepresentatives.0.function": "Prezydent Miasta",
      "contractRepresentatives.1.name": "",
      "contractRepresentatives.1.function": "",
      contractAllowedShift: "12,5",
      contractFinalReportDays: "30",
      returnBankAccount: "61 1090 1014 0000 0712 1981 2874",
    };
    const refused = await callRoute(action, admin, {}, form);
    expect(refused.status).toBe(422);
    expect(refused.data).toMatchObject({
      fieldErrors: { contractNumberPattern: ["admin.settings.contractNumberPatternSeq"] },
      values: { contractNumberPattern: "{department}/{year}", contractAllowedShift: "12,5" },
    });
    const again = plain(render(AdminSettings, page.data, refused.data));
    expect(again).toContain("Wzór musi zawierać znacznik {seq}");
    expect(again).toContain('value="{department}/{year}"');
    expect(again).toContain('value="Anna Prezydent"');
    expect(again).toMatch(/id="f-contractNumberPattern"[^>]*aria-invalid="true"/);

    const saved = await callRoute(
      action,
      admin,
      {},
      { ...form, contractNumberPattern: "{department}/{seq}/{year}" },
    );
    expect(saved.data).toMatchObject({ ok: true });
    const settings = readTenantSettings((await tenantRow()).settings);
    expect(settings).toMatchObject({
      contractNumberPattern: "{department}/{seq}/{year}",
      contractRepresentatives: [{ name: "Anna Prezydent", function: "Prezydent Miasta" }],
      contractAllowedShiftBp: 1250,
      returnBankAccount: "PL61109010140000071219812874",
    });
    const reloaded = plain(
      render(
        AdminSettings,
        (await callRoute(loader, await contextFor(t.db, w.admin.user, w.admin.staffRoles), {})).data,
      ),
    );
    expect(reloaded).toMatch(/Następny numer, np\. w wydziale ([A-Z]+): \1\/1\/2026\./);
    expect(reloaded).toContain('name="contractRepresentatives.2.name"');

    const officer = await contextFor(t.db, w.officer.user, w.officer.staffRoles);
    expect((await callRoute(loader, officer, {})).status).toBe(403);
  });

  it("names the saved account on the settlement's pages", async () => {
    const id = w.contract.contract.id;
    await acceptedFinalReport(t.db, w, { grantSpent: 900_000 });
    await confirmSettlement({
      db: t.db,
      tenantId: w.tenant.id,
      actor: w.officer.actor,
      clock,
      appUrl: TEST_APP_URL,
      staffRoles: w.officer.staffRoles,
      contractId: id,
    });
    const member = await callRoute(memberLoader, await contextFor(t.db, w.full.viewer), { id });
    expect(plain(render(MemberSettlementPage, member.data))).toContain(
      "w terminie do 15 grudnia 2026, na rachunek nr PL61 1090 1014 0000 0712 1981 2874.",
    );
    const office = await callRoute(
      officeLoader,
      await contextFor(t.db, w.officer.user, w.officer.staffRoles),
      { id },
    );
    expect(plain(render(OfficeSettlementPage, office.data))).toContain(
      "Rachunek urzędu do zwrotu dotacji: PL61 1090 1014 0000 0712 1981 2874",
    );
  });
});
