import { beforeAll, describe, expect, it } from "vitest";
import { annexClock } from "~/domain/annexes/testing/factories";
import { type ContractWorld, createContractWorld } from "~/domain/contracts/testing/factories";
import type { Db } from "~/platform/db/client.server";
import { useTestDatabase } from "~/test/db";
import { callRoute, type Person, pageRenderer, routeContext, type StaffRoles } from "~/test/route-harness";
import { loader as ngoPdf } from "../../routes/panel.umowy.$id.aneksy.$numer[.]docx";
import ChangeRequestPage, {
  action as formAction,
  loader as formLoader,
} from "../../routes/panel.umowy.$id.zmiana";
import MemberChangePage, {
  action as memberAction,
  loader as memberLoader,
} from "../../routes/panel.umowy.$id.zmiany.$changeId";
import { loader as officePdf } from "../../routes/urzad.umowy.$id.aneksy.$numer[.]pdf";
import OfficeChangePage, {
  action as officeAction,
  loader as officeLoader,
} from "../../routes/urzad.umowy.$id.zmiany.$changeId";

/*
 * The change request's pages through their loaders and actions on a real database: the form
 * prefilled and working without JavaScript (a row added, a preview with the shift notice, a refused
 * submission keeping what was typed), the request's page with its withdrawal, the officer's
 * decision (remarks required to reject; another department refused) and the annex's files.
 */

const contextFor = (db: Db, world: ContractWorld, person: Person, staffRoles?: StaffRoles) =>
  routeContext(db, world.tenant, person, { clock: annexClock, staffRoles });

const call = callRoute;

const renderPage = pageRenderer(/annexes\.[a-z]+\.[a-zA-Z]/);

/** The form as posted: the contract's values with a shift between the two cost lines. */
function formWith(values: Record<string, string>, extra: [string, string][]): [string, string][] {
  const shifted = { ...values, "rows.0.units": "396", "rows.1.units": "9" };
  return [...Object.entries(shifted), ...extra];
}

describe("the change request's pages", () => {
  const t = useTestDatabase();
  let w: ContractWorld;
  let id: string;
  let values: Record<string, string>;
  let changeId: string;
  beforeAll(async () => {
    w = await createContractWorld(t.db);
    id = w.contract.contract.id;
  });

  it("prefills the form; the viewer may not submit; another organisation gets 403", async () => {
    const page = await call(formLoader, contextFor(t.db, w, w.full.owner), { id });
    const data = page.data as { values: Record<string, string>; can: { submit: boolean } };
    values = data.values;
    expect(values).toMatchObject({
      taskStart: "2026-06-01",
      "rows.0.unitCost": "50,00",
      "rows.1.units": "8",
      "sources.grant": "19\u00a0000,00",
      bankAccount: "PL61 1090 1014 0000 0712 1981 2874",
    });
    expect(data.can.submit).toBe(true);
    expect(renderPage(ChangeRequestPage, page.data)).toContain('name="kinds"');
    const viewer = await call(formLoader, contextFor(t.db, w, w.full.viewer), { id });
    expect(renderPage(ChangeRequestPage, viewer.data)).toContain("tylko do umowy podpisanej");
    expect((await call(formLoader, contextFor(t.db, w, w.reduced.owner), { id })).status).toBe(403);
  });

  it("adds a row without saving, previews the shift notice, and keeps typed values on a refusal", async () => {
    const owner = contextFor(t.db, w, w.full.owner);
    const added = await call(formAction, owner, { id }, formWith(values, [["intent", "addRow:rows"]]));
    expect(added.data).toMatchObject({ ok: true, focus: "f-rows.2.action", values: { "_rows.rows": "3" } });
    const removed = await call(formAction, owner, { id }, formWith(values, [["intent", "removeRow:rows:0"]]));
    expect(removed.data).toMatchObject({ focus: "add-rows", values: { "rows.0.name": "Obsługa księgowa" } });
    expect((removed.data as { values: Record<string, string> }).values["rows.1.name"]).toBeUndefined();
    const preview = await call(
      formAction,
      owner,
      { id },
      formWith(values, [
        ["kinds", "costs"],
        ["justification", "Przesunięcie."],
        ["intent", "preview"],
      ]),
    );
    expect(preview.data).toMatchObject({ diff: { shiftWithoutAnnex: true } });
    const page = await call(formLoader, owner, { id });
    expect(renderPage(ChangeRequestPage, page.data, preview.data)).toContain("nie wymaga aneksu");
    const refused = await call(
      formAction,
      owner,
      { id },
      formWith(values, [
        ["justification", " "],
        ["intent", "submit"],
      ]),
    );
    expect(refused.status).toBe(422);
    expect(refused.data).toMatchObject({
      fieldErrors: {
        kinds: ["annexes.error.kindsRequired"],
        justification: ["annexes.error.justificationRequired"],
      },
      values: { "rows.0.units": "396" },
    });
    const html = renderPage(ChangeRequestPage, page.data, refused.data);
    expect(html).toContain("Zaznacz, czego dotyczy zmiana.");
    expect(html).toContain(`href="#f-kinds"`);
  });

  it("submits, shows the request, and the officer of another department gets 403", async () => {
    const owner = contextFor(t.db, w, w.full.owner);
    const submitted = await call(
      formAction,
      owner,
      { id },
      formWith(values, [
        ["kinds", "costs"],
        ["kinds", "bank_account"],
        ["bankAccount", "PL27 1140 2004 0000 3002 0135 5387"],
        ["justification", "Zmiana banku."],
        ["intent", "submit"],
      ]),
    );
    expect(submitted.location).toMatch(
      new RegExp(`^/panel/umowy/${id}/zmiany/[0-9a-f-]{36}\\?komunikat=submitted$`),
    );
    changeId = submitted.location?.split("/")[5]?.split("?")[0] ?? "";
    const page = await call(memberLoader, owner, { id, changeId });
    const html = renderPage(MemberChangePage, page.data);
    expect(html).toContain("Wycofaj wniosek");
    expect(html).toContain("<ins>PL27 1140 2004 0000 3002 0135 5387</ins>");
    const other = contextFor(t.db, w, w.otherOfficer.user, w.otherOfficer.staffRoles);
    expect((await call(officeLoader, other, { id, changeId })).status).toBe(403);
    expect((await call(officeAction, other, { id, changeId }, [["decision", "approve"]])).status).toBe(403);
  });

  it("the officer must give remarks to reject, approves, and the annex's files follow", async () => {
    const officer = contextFor(t.db, w, w.officer.user, w.officer.staffRoles);
    const page = await call(officeLoader, officer, { id, changeId });
    expect(renderPage(OfficeChangePage, page.data)).toContain("W granicach przesunięcia");
    const refused = await call(officeAction, officer, { id, changeId }, [
      ["decision", "reject"],
      ["remarks", ""],
    ]);
    expect(refused.status).toBe(422);
    expect(refused.data).toMatchObject({ fieldErrors: { remarks: ["annexes.error.remarksRequired"] } });
    const approved = await call(officeAction, officer, { id, changeId }, [["decision", "approve"]]);
    expect(approved.location).toBe(`/urzad/umowy/${id}/zmiany/${changeId}?komunikat=approved`);
    const after = await call(officeLoader, officer, { id, changeId });
    expect(renderPage(OfficeChangePage, after.data)).toContain(`/urzad/umowy/${id}/aneksy/1.pdf`);
    const pdf = await call(officePdf, officer, { id, numer: "1" });
    expect(pdf.response?.headers.get("content-type")).toBe("application/pdf");
    const docx = await call(ngoPdf, contextFor(t.db, w, w.full.viewer), { id, numer: "1" });
    expect(docx.response?.headers.get("content-disposition")).toContain("aneks-1.docx");
    expect((await call(ngoPdf, contextFor(t.db, w, w.full.viewer), { id, numer: "2" })).status).toBe(404);
  });

  it("withdraws a second request from its page", async () => {
    const owner = contextFor(t.db, w, w.full.owner);
    const page = await call(formLoader, owner, { id });
    const fresh = (page.data as { values: Record<string, string> }).values;
    const submitted = await call(formAction, owner, { id }, [
      ...Object.entries(fresh),
      ["kinds", "other"],
      ["otherChange", "Nowy koordynator."],
      ["justification", "Zmiana osoby."],
      ["intent", "submit"],
    ]);
    const second = submitted.location?.split("/")[5]?.split("?")[0] ?? "";
    const withdrawn = await call(memberAction, owner, { id, changeId: second }, [["intent", "withdraw"]]);
    expect(withdrawn.location).toBe(`/panel/umowy/${id}/zmiany/${second}?komunikat=withdrawn`);
  });
});
