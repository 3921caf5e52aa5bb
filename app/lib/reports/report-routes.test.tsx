import type { RouterContextProvider } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import { type ContractWorld, createContractWorld } from "~/domain/contracts/testing/factories";
import { TEST_APP_URL } from "~/domain/offers/testing/factories";
import { fillReport, reportClock, reportOf } from "~/domain/reports/testing/factories";
import type { Db } from "~/platform/db/client.server";
import { extractPdfText } from "~/platform/documents/pdf-text.server";
import { useTestDatabase } from "~/test/db";
import { callRoute, type Person, pageRenderer, routeContext, type StaffRoles } from "~/test/route-harness";
import ReportPage, {
  action as ngoAction,
  loader as ngoLoader,
} from "../../routes/panel.sprawozdania.$id._index";
import { loader as ngoPdfLoader } from "../../routes/panel.sprawozdania.$id.wersje.$numer[.]pdf";
import OfficeReportsPage, { loader as listLoader } from "../../routes/urzad.sprawozdania._index";
import OfficeReportPage, {
  action as officeAction,
  loader as officeLoader,
} from "../../routes/urzad.sprawozdania.$id._index";
import { loader as officePdfLoader } from "../../routes/urzad.sprawozdania.$id.wersje.$numer[.]pdf";

/*
 * The report's pages through their loaders and actions on a real database: the organisation's
 * form without JavaScript (a section saved, a stale save refused keeping what was typed, a
 * submission refused with the flagged line's error, then submitted with its notice and PDF), the
 * office's list with its filters and the officer's decision (remarks required to return).
 */

const contextFor = (db: Db, world: ContractWorld, person: Person, staffRoles?: StaffRoles) =>
  routeContext(db, world.tenant, person, { clock: reportClock(), staffRoles });

function call(
  fn: (args: never) => unknown,
  ctx: RouterContextProvider,
  params: Record<string, string>,
  form?: Record<string, string>,
  query = "",
) {
  return callRoute(fn, ctx, params, form, `${TEST_APP_URL}/x${query}`);
}

const renderPage = pageRenderer(/reports\.[a-z]+\.[a-zA-Z]/);

describe("the report's pages", () => {
  const t = useTestDatabase();
  let w: ContractWorld;
  let reportId: string;
  beforeAll(async () => {
    w = await createContractWorld(t.db);
    reportId = (await reportOf(t.db, w, "final")).id;
  });

  it("saves a section, refuses a stale save keeping the typed text, and refuses strangers", async () => {
    const owner = contextFor(t.db, w, w.full.owner);
    const page = await call(ngoLoader, owner, { id: reportId });
    const view = (page.data as { view: { report: { revision: number }; can: unknown } }).view;
    expect(view.can).toEqual({ edit: true });
    const html = renderPage(ReportPage, page.data);
    expect(html).toContain("Część II. Sprawozdanie z wykonania wydatków");
    const saved = await call(
      ngoAction,
      owner,
      { id: reportId },
      {
        intent: "save",
        section: "additional",
        revision: String(view.report.revision),
        additionalInfo: "Pierwszy zapis.",
      },
    );
    expect(saved.location).toBe(`/panel/sprawozdania/${reportId}?komunikat=saved#additional`);
    const stale = await call(
      ngoAction,
      owner,
      { id: reportId },
      {
        intent: "save",
        section: "additional",
        revision: String(view.report.revision),
        additionalInfo: "Tekst, którego nie wolno zgubić.",
      },
    );
    expect(stale.status).toBe(409);
    expect(stale.data).toMatchObject({ messageKey: "reports.error.stale" });
    const again = (await call(ngoLoader, owner, { id: reportId })).data;
    expect(renderPage(ReportPage, again, stale.data)).toContain("Tekst, którego nie wolno zgubić.");
    expect((await call(ngoLoader, contextFor(t.db, w, w.owner), { id: reportId })).status).toBe(403);
    const viewer = await call(ngoLoader, contextFor(t.db, w, w.full.viewer), { id: reportId });
    expect((viewer.data as { view: { can: unknown } }).view.can).toEqual({ edit: false });
  });

  it("refuses a submission with an unexplained flagged line, then submits after the confirmation step", async () => {
    const owner = contextFor(t.db, w, w.full.owner);
    await fillReport(t.db, w, reportId, {
      lines: { "2": { actual: 200_000, explanation: "" } },
      sources: { financial: 1_150_000 },
    });
    const page = await call(ngoLoader, owner, { id: reportId }, undefined, "?potwierdz=1");
    const html = renderPage(ReportPage, page.data);
    expect(html).toContain("Przekroczenie dopuszczalnego przesunięcia.");
    expect(html).toContain("Tak, składam sprawozdanie");
    const refused = await call(ngoAction, owner, { id: reportId }, { intent: "submit" });
    expect(refused.status).toBe(422);
    expect(refused.data).toMatchObject({
      fieldErrors: { "financial:costLines.1.explanation": ["reports.error.explainShift"] },
    });
    expect(renderPage(ReportPage, page.data, refused.data)).toContain("Wyjaśnij odchylenie");
    const revision = (page.data as { view: { report: { revision: number } } }).view.report.revision;
    await call(
      ngoAction,
      owner,
      { id: reportId },
      {
        intent: "save",
        section: "financial",
        revision: String(revision),
        "costLines.0.actual": "20 000,00",
        "costLines.1.actual": "2 000,00",
        "costLines.1.explanation": "Droższa obsługa księgowa.",
        "sources.grant": "9 500,00",
        "sources.financial": "11 500,00",
        "sources.personal": "1 000,00",
        "sources.inKind": "0",
      },
    );
    const submitted = await call(ngoAction, owner, { id: reportId }, { intent: "submit" });
    expect(submitted.location).toBe(`/panel/sprawozdania/${reportId}?komunikat=submitted`);
    const twice = await call(ngoAction, owner, { id: reportId }, { intent: "submit" });
    expect(twice.location).toBe(`/panel/sprawozdania/${reportId}?komunikat=alreadySubmitted`);
    const after = renderPage(ReportPage, (await call(ngoLoader, owner, { id: reportId })).data);
    expect(after).toMatch(/SPR\/2026\/\d{6}/);
    expect(after).toContain(`/panel/sprawozdania/${reportId}/wersje/1.pdf`);
    const pdf = await call(ngoPdfLoader, owner, { id: reportId, numer: "1" });
    expect(pdf.response?.headers.get("content-type")).toBe("application/pdf");
    const text = await extractPdfText(new Uint8Array(await (pdf.response as Response).arrayBuffer()));
    // Line breaks fall where the table's column width puts them.
    expect(text.ok && text.text.replace(/\s+/g, " ")).toContain(
      "PRZEKROCZENIE ponad 20,00 %. Droższa obsługa księgowa.",
    );
  });

  it("lists it to verify for the department, and the officer returns it with remarks (required)", async () => {
    const officer = contextFor(t.db, w, w.officer.user, w.officer.staffRoles);
    const list = await call(listLoader, officer, {}, undefined, "?filtr=to-verify");
    expect((list.data as { rows: { id: string }[] }).rows.map((r) => r.id)).toEqual([reportId]);
    expect(renderPage(OfficeReportsPage, list.data)).toContain("Do weryfikacji");
    const other = contextFor(t.db, w, w.otherOfficer.user, w.otherOfficer.staffRoles);
    expect(((await call(listLoader, other, {})).data as { rows: unknown[] }).rows).toHaveLength(0);
    expect((await call(officeLoader, other, { id: reportId })).status).toBe(403);
    expect((await call(officeAction, other, { id: reportId }, { decision: "accept" })).status).toBe(403);
    const page = await call(officeLoader, officer, { id: reportId });
    const html = renderPage(OfficeReportPage, page.data);
    expect(html).toContain("Przekroczenie dopuszczalnego przesunięcia.");
    expect(html).toContain("Zwróć do poprawy");
    const pdf = await call(officePdfLoader, officer, { id: reportId, numer: "1" });
    expect(pdf.status).toBe(200);
    const refused = await call(officeAction, officer, { id: reportId }, { decision: "return", remarks: "" });
    expect(refused.status).toBe(422);
    expect(refused.data).toMatchObject({ fieldErrors: { remarks: ["form.required"] } });
    const returned = await call(
      officeAction,
      officer,
      { id: reportId },
      {
        decision: "return",
        remarks: "Uzupełnij opis działań.",
        correctionDueOn: "2026-12-20",
      },
    );
    expect(returned.location).toBe(`/urzad/sprawozdania/${reportId}?komunikat=returned`);
    const ngo = renderPage(
      ReportPage,
      (await call(ngoLoader, contextFor(t.db, w, w.full.owner), { id: reportId })).data,
    );
    expect(ngo).toContain("Uzupełnij opis działań.");
    expect(ngo).toContain("Termin na poprawienie sprawozdania: 20 grudnia 2026.");
  });
});
