import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "~/test/db";
import { loader as homeLoader } from "../../routes/_index";
import { loader as campaignLoader } from "../../routes/jeden-i-pol-procent";
import { loader as searchLoader } from "../../routes/organizacje._index";
import { loader as profileLoader } from "../../routes/organizacje.$id";
import { loader as csvLoader } from "../../routes/organizacje[.]csv";
import { loader as xlsxLoader } from "../../routes/organizacje[.]xlsx";
import { callLoader, routeContext, seedPortalFixture } from "./testing/portal-fixture";

type Fixture = Awaited<ReturnType<typeof seedPortalFixture>>;

/** What a loader threw (a redirect or an error page's data), for the assertions. */
async function thrown(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the loader to throw");
}

describe("portal pages and downloads", () => {
  const t = useTestDatabase();
  let f: Fixture;
  const context = () => routeContext(t.db, f.tenant);

  beforeAll(async () => {
    f = await seedPortalFixture(t.db);
  });

  it("CSV: BOM, semicolons, public organisations only, formulas neutralised", async () => {
    const response = await callLoader(csvLoader, { url: "/organizacje.csv", context: context() });
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="baza-ngo-2026-03-02.csv"',
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.subarray(3));
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^Nazwa organizacji;Forma prawna;Numer KRS;/);
    expect(lines).toHaveLength(4);
    expect(lines[1]?.startsWith("'=HYPERLINK(1) Fundacja;")).toBe(true);
    expect(text).toContain(";'+48 34 370 70 00;");
    for (const secret of f.secrets) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/(^|;)[=+\-@]/m);
  });

  it("CSV follows the search's filters and ignores bad ones", async () => {
    const only = async (url: string) => {
      const text = await (await callLoader(csvLoader, { url, context: context() })).text();
      return text.trimEnd().split("\r\n").length - 1;
    };
    expect(await only("/organizacje.csv?area=health")).toBe(1);
    expect(await only("/organizacje.csv?q=papahema")).toBe(1);
    expect(await only("/organizacje.csv?area=%3Cscript%3E&page=-1")).toBe(3);
  });

  it("XLSX: a header row with widths, public organisations only, names as text", async () => {
    const response = await callLoader(xlsxLoader, { url: "/organizacje.xlsx", context: context() });
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("Organizacje");
    expect(sheet.getCell("A1").value).toBe("Nazwa organizacji");
    expect(sheet.getColumn(1).width).toBe(50);
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    const all: string[] = [];
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        all.push(String(cell.value));
      });
    });
    for (const secret of f.secrets) expect(all.join("\n")).not.toContain(secret);
  });

  it("search page: results, a clean address, bad parameters dropped with 400, never a 500", async () => {
    const ok = (await callLoader(searchLoader, { url: "/organizacje?area=culture", context: context() })) as {
      data: { result: { total: number } };
      init: { status: number };
    };
    expect(ok.init.status).toBe(200);
    expect(ok.data.result.total).toBe(2);
    const redirect = (await thrown(
      callLoader(searchLoader, {
        url: "/organizacje?q=&area=culture&district=&sort=name",
        context: context(),
      }),
    )) as Response;
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("location")).toBe("/organizacje?area=culture");
    for (const url of [
      `/organizacje?q=${"x".repeat(10_000)}`,
      "/organizacje?area=%3Cscript%3E",
      "/organizacje?page=-1",
      "/organizacje?page=abc",
    ]) {
      const bad = (await callLoader(searchLoader, { url, context: context() })) as {
        data: { issues: unknown[]; result: { total: number } };
        init: { status: number };
      };
      expect(bad.init.status, url).toBe(400);
      expect(bad.data.issues, url).toHaveLength(1);
      expect(bad.data.result.total).toBe(3);
    }
    const capped = (await thrown(
      callLoader(searchLoader, { url: "/organizacje?pageSize=100000", context: context() }),
    )) as Response;
    expect(capped.headers.get("location")).toBe("/organizacje?pageSize=100");
  });

  it("profile page: public fields, 404 for what is not public", async () => {
    const open = await callLoader(profileLoader, {
      url: "/",
      params: { id: f.ids.open },
      context: context(),
    });
    expect(open.organization.name).toBe("Fundacja Teatr Papahema");
    const hidden = await callLoader(profileLoader, {
      url: "/",
      params: { id: f.ids.hidden },
      context: context(),
    });
    for (const secret of f.secrets) expect(JSON.stringify(hidden)).not.toContain(secret);
    for (const id of [f.ids.pending, f.ids.rejected, f.ids.otherTenant, "abc"]) {
      const error = (await thrown(
        callLoader(profileLoader, { url: "/", params: { id }, context: context() }),
      )) as {
        init: { status: number };
      };
      expect(error.init.status).toBe(404);
    }
  });

  it("1.5 % page and home page figures", async () => {
    const campaign = await callLoader(campaignLoader, { url: "/jeden-i-pol-procent", context: context() });
    expect(campaign.list.seatCity).toBe("Częstochowa");
    expect(campaign.list.organizations.map((o) => o.name)).toEqual(["Fundacja Teatr Papahema"]);
    expect(campaign.canEdit).toBe(false);
    const home = await callLoader(homeLoader, { url: "/", context: context() });
    expect(home.figures).toEqual({ verifiedOrganizations: 3, oppOrganizations: 1 });
  });
});
