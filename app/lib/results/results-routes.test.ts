import ExcelJS from "exceljs";
import { RouterContextProvider } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { createDraft } from "~/domain/competitions/testing/factories";
import { TEST_APP_URL, warsaw } from "~/domain/offers/testing/factories";
import {
  createResultsWorld,
  defaultResults,
  publishTestResults,
  type ResultsWorld,
} from "~/domain/results/testing/factories";
import { fixedClock } from "~/platform/clock/clock";
import type { Db } from "~/platform/db/client.server";
import type { Services } from "~/platform/services.server";
import { useTestDatabase } from "~/test/db";
import { loader as resultsApi } from "../../routes/api.v1.competitions_.$id_.results";
import { loader as grantsApi } from "../../routes/api.v1.grants";
import { loader as openApiLoader } from "../../routes/api.v1.openapi[.]json";
import { loader as grantsCsv } from "../../routes/dotacje[.]csv";
import { loader as grantsXlsx } from "../../routes/dotacje[.]xlsx";
import { loader as competitionPage } from "../../routes/konkursy.$id._index";
import { action as reasonsAction, loader as resultsPage } from "../../routes/konkursy.$id.wyniki";
import { loader as resultsCsv } from "../../routes/konkursy.$id.wyniki[.]csv";
import { loader as resultsXlsx } from "../../routes/konkursy.$id.wyniki[.]xlsx";
import { loader as profilePage } from "../../routes/organizacje.$id";
import { action as officeAction, loader as officePage } from "../../routes/urzad.konkursy.$id.wyniki";
import {
  preferencesContext,
  requestInfoContext,
  servicesContext,
  tenantContext,
  viewerContext,
} from "../contexts";
import { API_ENDPOINTS } from "../openapi.server";

/*
 * The results' routes through their loaders on a real database: the JSON contract of
 * /api/v1/competitions/{id}/results exactly, 404s, the CSV and XLSX contents, the grants' API and
 * downloads, the office page's refusal of another department, and the OpenAPI document.
 */

type Staff = ResultsWorld["officer"];

function contextFor(db: Db, world: ResultsWorld, staff: Staff | null, at = "2026-05-20 10:00") {
  const ctx = new RouterContextProvider();
  ctx.set(servicesContext, {
    db,
    clock: fixedClock(warsaw(at)),
    env: { APP_URL: TEST_APP_URL },
  } as unknown as Services);
  ctx.set(tenantContext, world.tenant);
  ctx.set(preferencesContext, { locale: "pl", fontScale: "normal", highContrast: false });
  ctx.set(requestInfoContext, {
    requestId: "t",
    ip: "127.0.0.1",
    userAgent: null,
    csrfSeed: "",
    csrfToken: "",
  });
  const user = staff
    ? {
        id: staff.user.id,
        email: staff.user.email,
        name: staff.user.name,
        emailVerified: true,
        totpEnabled: true,
        locale: "pl",
      }
    : null;
  ctx.set(viewerContext, {
    user,
    session: user ? ({ idHash: "x", user, expiresAt: new Date("2030-01-01") } as never) : null,
    sessionToken: user ? "x" : null,
    staffRoles: staff?.staffRoles ?? [],
    pendingSecondFactor: false,
  });
  return ctx;
}

/** Calls a loader; a thrown response (data() or Response) comes back as its status. */
async function call(
  loader: (args: never) => unknown,
  args: { url: string; params?: Record<string, string>; context: RouterContextProvider },
): Promise<{ status: number; response: Response | null; data: unknown }> {
  try {
    const value = await loader({
      request: new Request(`${TEST_APP_URL}${args.url}`),
      params: args.params ?? {},
      context: args.context,
    } as never);
    if (value instanceof Response) return { status: value.status, response: value, data: null };
    return { status: 200, response: null, data: value };
  } catch (error) {
    if (error instanceof Response) return { status: error.status, response: error, data: null };
    const init = (error as { init?: { status?: number } }).init;
    if (init?.status) return { status: init.status, response: null, data: null };
    throw error;
  }
}

describe("results routes", () => {
  const t = useTestDatabase();
  let w: ResultsWorld;
  let draftId: string;
  const visitor = () => contextFor(t.db, w, null);

  beforeAll(async () => {
    w = await createResultsWorld(t.db);
    draftId = await createDraft(t.db, w);
  });

  it("answers 404 before the results are published and for a draft", async () => {
    for (const id of [w.competitionId, draftId, "' or 1=1 --"]) {
      const api = await call(resultsApi, { url: "/api/v1/x", params: { id }, context: visitor() });
      expect(api.status).toBe(404);
      expect(await api.response?.json()).toMatchObject({ error: "not_found" });
      for (const loader of [resultsPage, resultsCsv, resultsXlsx])
        expect((await call(loader, { url: "/x", params: { id }, context: visitor() })).status).toBe(404);
    }
  });

  it("answers the JSON contract exactly: funded first, 0 awarded when not funded, CORS open, cached", async () => {
    await publishTestResults(t.db, w, defaultResults(w));
    const { response } = await call(resultsApi, {
      url: "/api/v1/x",
      params: { id: w.competitionId },
      context: visitor(),
    });
    expect(response?.status).toBe(200);
    expect(response?.headers.get("access-control-allow-origin")).toBe("*");
    expect(response?.headers.get("cache-control")).toBe("public, max-age=60");
    const body = await response?.json();
    const name = async (i: number) =>
      (await t.db.query.organizations.findFirst({ where: (o, { eq }) => eq(o.id, w.orgs[i] ?? "") }))?.name;
    expect(body).toEqual([
      {
        organization: { name: await name(0), krs: "0000123456" },
        offerTitle: "Zadanie 2",
        requestedAmount: 1_900_000,
        awardedAmount: 1_500_000,
        score: 52.5,
        status: "funded",
      },
      {
        organization: { name: await name(1), krs: expect.any(String) },
        offerTitle: "Zadanie 4",
        requestedAmount: 2_000_000,
        awardedAmount: 2_000_000,
        score: 45,
        status: "funded",
      },
      {
        organization: { name: await name(2), krs: expect.any(String) },
        offerTitle: "Zadanie 1",
        requestedAmount: 3_000_000,
        awardedAmount: 0,
        score: 30.5,
        status: "not_funded",
      },
      {
        organization: { name: await name(3), krs: expect.any(String) },
        offerTitle: "Zadanie 3",
        requestedAmount: 500_000,
        awardedAmount: 0,
        score: null,
        status: "rejected_formally",
      },
    ]);
    const endpoint = API_ENDPOINTS.find((e) => e.path === "/api/v1/competitions/{id}/results");
    if (!endpoint) throw new Error("results endpoint not registered");
    expect((endpoint.responses[200].schema as z.ZodType).safeParse(body).success).toBe(true);
  });

  it("shows the page with the decision and the totals, and downloads CSV and XLSX with the same rows", async () => {
    const page = await call(resultsPage, { url: "/x", params: { id: w.competitionId }, context: visitor() });
    const data = page.data as { results: { totals: { awarded: number }; decisions: { number: string }[] } };
    expect(data.results.totals.awarded).toBe(3_500_000);
    expect(data.results.decisions.map((d) => d.number)).toEqual(["123/2026"]);

    const csv = await (
      await call(resultsCsv, { url: "/x", params: { id: w.competitionId }, context: visitor() })
    ).response?.text();
    const lines = (csv ?? "")
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      "Wynik;Organizacja;Numer KRS lub innego rejestru;Tytuł zadania;Wnioskowana kwota;Przyznana kwota;Średnia punktów;Korekta",
    );
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(
      /^Oferty, którym przyznano dotację;.*;0000123456;Zadanie 2;19000,00;15000,00;52,5;$/,
    );
    expect(lines[3]).toMatch(/;Zadanie 1;30000,00;0,00;30,5;$/);

    const xlsx = await call(resultsXlsx, { url: "/x", params: { id: w.competitionId }, context: visitor() });
    expect(xlsx.response?.headers.get("content-disposition")).toContain(".xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsx.response?.arrayBuffer()) as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(2).getCell(5).value).toBe(19_000);
    expect(sheet?.getRow(2).getCell(6).value).toBe(15_000);
    expect(sheet?.getColumn(6).numFmt).toBe("#,##0.00");
    expect(sheet?.rowCount).toBe(5);
  });

  it("adds the results to the competition's page and the grants to the organisation's profile", async () => {
    const competition = await call(competitionPage, {
      url: "/x",
      params: { id: w.competitionId },
      context: visitor(),
    });
    expect((competition.data as { results: { totals: { awarded: number } } }).results.totals.awarded).toBe(
      3_500_000,
    );
    const draft = await call(competitionPage, { url: "/x", params: { id: draftId }, context: visitor() });
    expect(draft.status).toBe(404);
    const profile = await call(profilePage, {
      url: "/x",
      params: { id: w.orgs[0] ?? "" },
      context: visitor(),
    });
    expect(
      (profile.data as { grants: { awardedAmount: number }[] }).grants.map((g) => g.awardedAmount),
    ).toEqual([1_500_000]);
  });

  it("lists the grants by year in the API and the downloads", async () => {
    const api = await call(grantsApi, {
      url: "/api/v1/grants?year=2026&pageSize=1&page=2",
      context: visitor(),
    });
    const body = await api.response?.json();
    expect(body).toMatchObject({
      year: 2026,
      page: 2,
      pageCount: 2,
      pageSize: 1,
      total: 2,
      totalAwarded: 3_500_000,
    });
    expect(body.items).toEqual([
      {
        competition: { id: w.competitionId, title: expect.any(String) },
        organization: { id: w.orgs[1], name: expect.any(String), krs: expect.any(String) },
        taskTitle: "Zadanie 4",
        awardedAmount: 2_000_000,
        decisionDate: "2026-05-12",
        contractStatus: null,
        paid: 0,
        returned: 0,
      },
    ]);
    const none = await (
      await call(grantsApi, { url: "/api/v1/grants?year=2025", context: visitor() })
    ).response?.json();
    expect(none.items).toEqual([]);
    expect((await call(grantsApi, { url: "/api/v1/grants?year=abc", context: visitor() })).status).toBe(400);
    const csv = await (
      await call(grantsCsv, { url: "/dotacje.csv?rok=2026", context: visitor() })
    ).response?.text();
    expect((csv ?? "").trim().split("\r\n")).toHaveLength(3);
    expect(csv).toContain(";Zadanie 2;15000,00");
    const xlsx = await call(grantsXlsx, { url: "/dotacje.xlsx?rok=2025", context: visitor() });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await xlsx.response?.arrayBuffer()) as ArrayBuffer);
    expect(book.worksheets[0]?.rowCount).toBe(1);
  });

  it("opens the office page to the department and refuses another department's officer", async () => {
    const own = await call(officePage, {
      url: "/x",
      params: { id: w.competitionId },
      context: contextFor(t.db, w, w.officer),
    });
    expect(own.status).toBe(200);
    const other = await call(officePage, {
      url: "/x",
      params: { id: w.competitionId },
      context: contextFor(t.db, w, w.otherOfficer),
    });
    expect(other.status).toBe(403);
  });

  it("lists both new endpoints in the OpenAPI document", async () => {
    const doc = await (
      await call(openApiLoader, { url: "/api/v1/openapi.json", context: visitor() })
    ).response?.json();
    expect(
      doc.paths["/api/v1/competitions/{id}/results"].get.responses["200"].content["application/json"].schema,
    ).toEqual({ $ref: "#/components/schemas/ResultList" });
    expect(doc.paths["/api/v1/grants"].get.parameters.map((p: { name: string }) => p.name)).toEqual([
      "year",
      "page",
      "pageSize",
    ]);
    expect(doc.components.schemas.GrantList).toBeDefined();
  });

  /** Posts a form to a route's action; a redirect or a refused form comes back with its status. */
  async function post(
    action: (args: never) => unknown,
    context: RouterContextProvider,
    fields: Record<string, string>,
  ): Promise<{ status: number; location: string | null; body: unknown }> {
    const request = new Request(`${TEST_APP_URL}/x`, { method: "POST", body: new URLSearchParams(fields) });
    const value = await action({ request, params: { id: w.competitionId }, context } as never);
    if (value instanceof Response)
      return { status: value.status, location: value.headers.get("Location"), body: null };
    const result = value as { data: unknown; init?: { status?: number } };
    return { status: result.init?.status ?? 200, location: null, body: result.data };
  }

  it("takes a request for reasons through the public form and refuses it on day 31 citing the article", async () => {
    const fields = { name: "Ewa Kowalska", email: "ewa@example.org", question: "Proszę o uzasadnienie." };
    const sent = await post(reasonsAction, visitor(), fields);
    expect(sent).toMatchObject({
      status: 302,
      location: `/konkursy/${w.competitionId}/wyniki?komunikat=asked`,
    });
    const late = await post(reasonsAction, contextFor(t.db, w, null, "2026-06-12 09:00"), fields);
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ messageKey: "results.reasons.closed", values: fields });
    const page = await call(resultsPage, {
      url: "/x",
      params: { id: w.competitionId },
      context: contextFor(t.db, w, null, "2026-06-12 09:00"),
    });
    expect((page.data as { results: { reasonsOpen: boolean } }).results.reasonsOpen).toBe(false);
  });

  it("corrects a result through the office form and refuses another department's officer", async () => {
    const fields = {
      intent: "correct",
      offerId: w.offerIds[3] ?? "",
      status: "not_funded",
      awardedAmount: "0",
      number: "131/2026",
      decisionDate: "2026-05-19",
      reason: "Oferta spełniła wymogi formalne.",
    };
    const refused = await post(officeAction, contextFor(t.db, w, w.officer), {
      ...fields,
      awardedAmount: "5,00",
    });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      fieldErrors: { awardedAmount: ["results.error.unfundedNoAmount"] },
    });
    await expect(post(officeAction, contextFor(t.db, w, w.otherOfficer), fields)).rejects.toMatchObject({
      init: { status: 403 },
    });
    const done = await post(officeAction, contextFor(t.db, w, w.officer), fields);
    expect(done).toMatchObject({
      status: 302,
      location: `/urzad/konkursy/${w.competitionId}/wyniki?komunikat=corrected`,
    });
    const body = await (
      await call(resultsApi, { url: "/api/v1/x", params: { id: w.competitionId }, context: visitor() })
    ).response?.json();
    expect(body.map((r: { status: string }) => r.status)).toEqual([
      "funded",
      "funded",
      "not_funded",
      "not_funded",
    ]);
  });
});
