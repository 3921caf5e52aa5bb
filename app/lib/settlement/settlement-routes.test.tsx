import type { RouterContextProvider } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import { type ContractWorld, createContractWorld } from "~/domain/contracts/testing/factories";
import { acceptedFinalReport } from "~/domain/reports/testing/factories";
import { insertDemoInterestRates } from "~/domain/settlement/interest-rates";
import { fixedClock } from "~/platform/clock/clock";
import type { Db } from "~/platform/db/client.server";
import { useTestDatabase } from "~/test/db";
import {
  callRoute,
  type Person,
  pageRenderer,
  type RoutePage,
  routeContext,
  type StaffRoles,
} from "~/test/route-harness";
import AdminInterestRates, { action as ratesAction, loader as ratesLoader } from "../../routes/admin.odsetki";
import MemberSettlementPage, { loader as memberLoader } from "../../routes/panel.umowy.$id.rozliczenie";
import OfficeSettlementPage, {
  action as officeAction,
  loader as officeLoader,
} from "../../routes/urzad.umowy.$id.rozliczenie";

/*
 * The settlement's pages through their loaders and actions on a real database: the office's page
 * before and after the final report (a refused mark keeps the typed values, confirm redirects with
 * a notice, the close button says why it is disabled), the organisation's read-only page (what to
 * pay by when), other departments and organisations refused, and the administrator's rate table.
 */

const clock = fixedClock("2026-12-12T10:00:00Z");

const contextFor = (db: Db, world: ContractWorld, person: Person, staffRoles?: StaffRoles) =>
  routeContext(db, world.tenant, person, { clock, staffRoles });

const call = (
  fn: (args: never) => unknown,
  ctx: RouterContextProvider,
  id: string,
  form?: Record<string, string>,
) => callRoute(fn, ctx, { id }, form);

/** The page rendered from its loader's data: one h1, a title, no raw "settlement." key left. */
const checkedPage = pageRenderer(/settlement\.[a-z]+\.[a-zA-Z]/);
const renderPage = (Page: RoutePage, loaderData: unknown, actionData?: unknown) =>
  checkedPage(Page, loaderData, actionData).replace(/[\u00a0\u202f]/g, " ");

describe("the settlement's pages", () => {
  const t = useTestDatabase();
  let w: ContractWorld;
  let id: string;
  beforeAll(async () => {
    w = await createContractWorld(t.db);
    id = w.contract.contract.id;
    await insertDemoInterestRates(t.db, w.tenant.id);
  });

  it("waits for the final report and refuses another department's officer", async () => {
    const officer = contextFor(t.db, w, w.officer.user, w.officer.staffRoles);
    const page = await call(officeLoader, officer, id);
    expect(page.status).toBe(200);
    expect(renderPage(OfficeSettlementPage, page.data)).toContain("po przyjęciu sprawozdania końcowego");
    const other = contextFor(t.db, w, w.otherOfficer.user, w.otherOfficer.staffRoles);
    expect((await call(officeLoader, other, id)).status).toBe(403);
    expect((await call(officeAction, other, id, { intent: "confirm" })).status).toBe(403);
  });

  it("marks a cost, keeps a refused form's values, confirms and shows why the file cannot close", async () => {
    await acceptedFinalReport(t.db, w, { grantSpent: 900_000 });
    const officer = contextFor(t.db, w, w.officer.user, w.officer.staffRoles);
    const refused = await call(officeAction, officer, id, {
      intent: "mark",
      lineKey: "2",
      amount: "5 000",
      reason: "",
    });
    expect(refused.status).toBe(422);
    expect(refused.data).toMatchObject({
      values: { lineKey: "2", amount: "5 000" },
      fieldErrors: { reason: ["settlement.error.reasonRequired"] },
    });
    const withError = renderPage(
      OfficeSettlementPage,
      (await call(officeLoader, officer, id)).data,
      refused.data,
    );
    expect(withError).toContain("Podaj uzasadnienie.");
    expect(withError).toContain('value="5 000"');
    const marked = await call(officeAction, officer, id, {
      intent: "mark",
      lineKey: "2",
      amount: "100",
      reason: "Faktura z 2025 r.",
    });
    expect(marked.location).toBe(`/urzad/umowy/${id}/rozliczenie?komunikat=marked`);
    const confirmed = await call(officeAction, officer, id, { intent: "confirm" });
    expect(confirmed.location).toBe(`/urzad/umowy/${id}/rozliczenie?komunikat=confirmed`);
    const html = renderPage(OfficeSettlementPage, (await call(officeLoader, officer, id)).data);
    // 500,00 zł unused + 100,00 zł ineligible.
    expect(html).toContain("600,00 zł");
    expect(html).toContain("15 grudnia 2026");
    expect(html).toContain('<th scope="col">Plan z dopuszczalnym przesunięciem</th>');
    expect(html).toMatch(/<button[^>]*disabled[^>]*>Zamknij rozliczenie<\/button>/);
    expect(html).toContain("Nie zwrócono jeszcze całej kwoty do zwrotu.");
    const refusedReturn = await call(officeAction, officer, id, {
      intent: "return",
      kind: "principal",
      amount: "",
      paidOn: "",
    });
    expect(refusedReturn.status).toBe(422);
  });

  it("shows the organisation what to pay by when, read-only; another organisation gets 403", async () => {
    const viewer = contextFor(t.db, w, w.full.viewer);
    const page = await call(memberLoader, viewer, id);
    expect(page.status).toBe(200);
    const html = renderPage(MemberSettlementPage, page.data);
    expect(html).toContain(
      "Do zwrotu: 600,00 zł w terminie do 15 grudnia 2026, na rachunek wskazany w umowie.",
    );
    expect(html).not.toContain("<form");
    expect((await call(memberLoader, contextFor(t.db, w, w.owner), id)).status).toBe(403);
  });

  it("lets the administrator add and remove a future rate, keeping a refused form's values", async () => {
    const admin = contextFor(t.db, w, w.admin.user, w.admin.staffRoles);
    const listed = await call(ratesLoader, admin, "");
    expect(renderPage(AdminInterestRates, listed.data)).toContain("14,50 %");
    const refused = await call(ratesAction, admin, "", {
      intent: "add",
      validFrom: "2027-01-10",
      yearlyRate: "dużo",
    });
    expect(refused.status).toBe(422);
    expect(refused.data).toMatchObject({ fieldErrors: { yearlyRate: ["settlement.rates.error.rate"] } });
    expect(renderPage(AdminInterestRates, listed.data, refused.data)).toContain('value="dużo"');
    expect(
      (await call(ratesAction, admin, "", { intent: "add", validFrom: "2027-01-10", yearlyRate: "11,75" }))
        .data,
    ).toMatchObject({ ok: true });
    const rows = (await call(ratesLoader, admin, "")).data as {
      rates: { id: string; validFrom: string; yearlyBp: number }[];
    };
    const future = rows.rates.find((r) => r.validFrom === "2027-01-10");
    expect(future?.yearlyBp).toBe(1_175);
    const past = rows.rates.find((r) => r.validFrom === "2023-10-05");
    expect((await call(ratesAction, admin, "", { intent: "remove", id: past?.id ?? "" })).status).toBe(409);
    expect(
      (await call(ratesAction, admin, "", { intent: "remove", id: future?.id ?? "" })).data,
    ).toMatchObject({ ok: true });
    const officer = contextFor(t.db, w, w.officer.user, w.officer.staffRoles);
    expect((await call(ratesLoader, officer, "")).status).toBe(403);
  });
});
