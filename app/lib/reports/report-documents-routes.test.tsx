import type { RouterContextProvider } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import { type ContractWorld, createContractWorld } from "~/domain/contracts/testing/factories";
import { TEST_APP_URL } from "~/domain/offers/testing/factories";
import { fillReport, reportClock, reportOf } from "~/domain/reports/testing/factories";
import { useTestDatabase } from "~/test/db";
import { callRoute, pageRenderer, routeContext } from "~/test/route-harness";
import ReportPage, {
  action as ngoAction,
  loader as ngoLoader,
} from "../../routes/panel.sprawozdania.$id._index";
import OfficeReportPage, { loader as officeLoader } from "../../routes/urzad.sprawozdania.$id._index";

/*
 * The list of accounting documents through the report's pages, without JavaScript: the stored rows
 * and 3 empty ones, "Zapisz i dodaj 10 wierszy" saving and answering with 10 more, a refused row
 * shown as typed with its Polish error next to the field, the computed comparison's warning, and
 * the officer's read-only view of the submitted list.
 */

const renderPage = pageRenderer(/reports\.[a-z]+\.[a-zA-Z]/);

function call(
  fn: (args: never) => unknown,
  ctx: RouterContextProvider,
  params: Record<string, string>,
  form?: Record<string, string>,
  query = "",
) {
  return callRoute(fn, ctx, params, form, `${TEST_APP_URL}/x${query}`);
}

const rowsIn = (html: string) => html.match(/name="documents\.\d+\.number"/g)?.length ?? 0;

describe("the report's list of accounting documents on the pages", () => {
  const t = useTestDatabase();
  let w: ContractWorld;
  let reportId: string;
  let owner: RouterContextProvider;
  beforeAll(async () => {
    w = await createContractWorld(t.db);
    reportId = (await reportOf(t.db, w, "final")).id;
    await fillReport(t.db, w, reportId);
    owner = routeContext(t.db, w.tenant, w.full.owner, { clock: reportClock() });
  });

  const revision = async () =>
    String(
      ((await call(ngoLoader, owner, { id: reportId })).data as { view: { report: { revision: number } } })
        .view.report.revision,
    );

  it("shows 3 empty rows, saves a row and adds 10 more without JavaScript", async () => {
    const empty = renderPage(ReportPage, (await call(ngoLoader, owner, { id: reportId })).data);
    expect(empty).toContain("Zestawienie dokumentów księgowych (nieobowiązkowe)");
    expect(rowsIn(empty)).toBe(3);
    const saved = await call(
      ngoAction,
      owner,
      { id: reportId },
      {
        intent: "save",
        section: "documents",
        revision: await revision(),
        _documentRows: "3",
        addRows: "10",
        "documents.0.number": "FV/2026/07/01",
        "documents.0.date": "2026-07-01",
        "documents.0.costLine": "2",
        "documents.0.amount": "2 000,00",
        "documents.0.fromGrant": "1 700,00",
        "documents.0.fromOther": "",
        "documents.1.number": "",
        "documents.2.number": "",
      },
    );
    expect(saved.location).toBe(`/panel/sprawozdania/${reportId}?komunikat=saved&wiersze=13#documents`);
    const page = await call(ngoLoader, owner, { id: reportId }, undefined, "?komunikat=saved&wiersze=13");
    const html = renderPage(ReportPage, page.data);
    expect(rowsIn(html)).toBe(13);
    expect(html).toContain('value="FV/2026/07/01"');
    expect(html).toContain('value="1700,00"');
    // Line 2's actual cost is 1 600,00 zł: the documents' 1 700,00 zł is a warning.
    expect(html).toContain("Suma dokumentów przekracza wykonanie tej pozycji");
  });

  it("keeps a refused row as typed with the error beside the field", async () => {
    const refused = await call(
      ngoAction,
      owner,
      { id: reportId },
      {
        intent: "save",
        section: "documents",
        revision: await revision(),
        _documentRows: "4",
        "documents.0.number": "FV/2026/07/01",
        "documents.0.date": "2026-07-01",
        "documents.0.costLine": "2",
        "documents.0.amount": "2 000,00",
        "documents.0.fromGrant": "1 700,00",
        "documents.3.number": "R/9",
        "documents.3.date": "2026-08-01",
        "documents.3.costLine": "1",
        "documents.3.amount": "100,00",
        "documents.3.fromGrant": "90,00",
        "documents.3.fromOther": "10,50",
      },
    );
    expect(refused.status).toBe(422);
    const html = renderPage(ReportPage, (await call(ngoLoader, owner, { id: reportId })).data, refused.data);
    expect(html).toContain('value="10,50"');
    expect(html).toContain('aria-describedby="f-documents.3.fromGrant-error"');
    expect(html.replace(/\u00a0/g, " ")).toContain(
      "Część z dotacji i część z innych źródeł razem (100,50 zł) przekraczają kwotę dokumentu (100,00 zł).",
    );
    expect(rowsIn(html)).toBe(4);
  });

  it("shows the submitted list to the officer", async () => {
    const submitted = await call(ngoAction, owner, { id: reportId }, { intent: "submit" });
    expect(submitted.location).toBe(`/panel/sprawozdania/${reportId}?komunikat=submitted`);
    const officer = routeContext(t.db, w.tenant, w.officer.user, {
      clock: reportClock(),
      staffRoles: w.officer.staffRoles,
    });
    const html = renderPage(OfficeReportPage, (await call(officeLoader, officer, { id: reportId })).data);
    expect(html).toContain("FV/2026/07/01");
    expect(html).toContain("Suma dokumentów przekracza wykonanie tej pozycji");
    const ngo = renderPage(ReportPage, (await call(ngoLoader, owner, { id: reportId })).data);
    expect(ngo).toContain("FV/2026/07/01");
    expect(rowsIn(ngo)).toBe(0);
  });
});
