import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { RouterContextProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { addOfferPartner } from "~/domain/offers/add-offer-partner";
import { submitOffer } from "~/domain/offers/submit-offer";
import {
  completeSections,
  createOfferor,
  createOfferWorld,
  fillOffer,
  type OfferWorld,
  offerClock,
  startTestOffer,
  submittedTestOffer,
  TEST_APP_URL,
} from "~/domain/offers/testing/factories";
import { actorOf } from "~/domain/organizations/testing/factories";
import type { Db } from "~/platform/db/client.server";
import { auditLog } from "~/platform/db/schema/audit";
import { organizations } from "~/platform/db/schema/organizations";
import type { Services } from "~/platform/services.server";
import { useTestDatabase } from "~/test/db";
import { loader as competitionLoader } from "../../routes/urzad.konkursy.$id._index";
import { loader as listLoader } from "../../routes/urzad.konkursy.$id.oferty";
import { loader as csvLoader } from "../../routes/urzad.konkursy.$id.oferty[.]csv";
import { loader as xlsxLoader } from "../../routes/urzad.konkursy.$id.oferty[.]xlsx";
import { loader as versionLoader } from "../../routes/urzad.oferty.$id.wersje.$numer";
import { loader as pdfLoader } from "../../routes/urzad.oferty.$id.wersje.$numer[.]pdf";
import {
  preferencesContext,
  requestInfoContext,
  servicesContext,
  tenantContext,
  viewerContext,
} from "../contexts";

/*
 * The office's offer pages through their loaders, on a real database: the list of a competition's
 * offers for its department (never drafts), 403 for another department and 404 for an unknown
 * id, the exports (formulas neutralised, amounts as numbers) and a frozen version with its PDF.
 */

type Staff = OfferWorld["officer"];

function contextFor(db: Db, world: OfferWorld, staff: Staff) {
  const ctx = new RouterContextProvider();
  ctx.set(servicesContext, {
    db,
    clock: offerClock("2026-04-20 09:00"),
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
  const user = staff.user;
  const sessionUser = {
    id: user.id,
    email: user.email,
    name: user.name,
    emailVerified: true,
    totpEnabled: true,
    locale: "pl",
  };
  ctx.set(viewerContext, {
    user: sessionUser,
    session: { idHash: "x", user: sessionUser, expiresAt: new Date("2030-01-01") } as never,
    sessionToken: "x",
    staffRoles: staff.staffRoles,
    pendingSecondFactor: false,
  });
  return ctx;
}

async function settle(
  promise: unknown,
): Promise<{ status: number; data: unknown; response: Response | null }> {
  try {
    const value = await promise;
    if (value instanceof Response) return { status: value.status, data: null, response: value };
    return { status: 200, data: value, response: null };
  } catch (error) {
    if (error instanceof Response) return { status: error.status, data: null, response: error };
    const e = error as { init?: { status?: number }; data?: unknown };
    return { status: e.init?.status ?? 500, data: e.data, response: null };
  }
}

function call(fn: (args: never) => unknown, ctx: RouterContextProvider, url: string, params: object) {
  return fn({ request: new Request(`${TEST_APP_URL}${url}`), params, context: ctx } as never);
}

describe("offer pages (office side)", () => {
  const t = useTestDatabase();

  /** A competition with a submitted offer, a submitted joint offer whose leader's name and title start with "=", and a draft. */
  async function world() {
    const w = await createOfferWorld(t.db);
    const first = await submittedTestOffer(t.db, w);
    const tricky = await createOfferor(t.db, w.tenant.id, { profile: { name: '=HYPERLINK("http://x")' } });
    const jointId = await startTestOffer(t.db, w, {
      by: tricky.owner,
      organizationId: tricky.organizationId,
    });
    const partner = await createOfferor(t.db, w.tenant.id, { profile: { name: "Fundacja Partnerska" } });
    const [partnerRow] = await t.db
      .select({ krs: organizations.krs })
      .from(organizations)
      .where(eq(organizations.id, partner.organizationId));
    await addOfferPartner({
      db: t.db,
      tenantId: w.tenant.id,
      actor: actorOf(tricky.owner),
      clock: offerClock(),
      appUrl: TEST_APP_URL,
      offerId: jointId,
      identifier: partnerRow?.krs,
    });
    const sections = completeSections({ offerorIds: [tricky.organizationId, partner.organizationId] });
    sections.task.title = "=1+2 szkolenie";
    await fillOffer(t.db, w, jointId, { by: tricky.owner, sections });
    await submitOffer({
      db: t.db,
      tenantId: w.tenant.id,
      actor: actorOf(tricky.owner),
      clock: offerClock("2026-03-26 12:00"),
      appUrl: TEST_APP_URL,
      offerId: jointId,
    });
    const draftId = await startTestOffer(t.db, w);
    return { w, first, jointId, draftId };
  }

  it("lists the submitted offers for the department, never drafts; 403 elsewhere, 404 for an unknown id", async () => {
    const { w, first, jointId, draftId } = await world();
    const mine = await settle(call(listLoader, contextFor(t.db, w, w.officer), "/", { id: w.competitionId }));
    expect(mine.status).toBe(200);
    const list = mine.data as Awaited<ReturnType<typeof listLoader>>;
    expect(list.offers.map((o) => o.offerId)).toEqual([first.offerId, jointId]);
    expect(list.offers.some((o) => o.offerId === draftId)).toBe(false);
    expect(list.offers[1]?.organizations).toEqual(['=HYPERLINK("http://x")', "Fundacja Partnerska"]);
    expect(list.totals.count).toBe(2);
    expect(list.totals.requestedGrant).toBe(2 * 1_900_000);
    expect(list.available).toBeGreaterThan(0);

    const coordinator = await settle(
      call(listLoader, contextFor(t.db, w, w.coordinator), "/", { id: w.competitionId }),
    );
    expect(coordinator.status).toBe(200);
    const other = await settle(
      call(listLoader, contextFor(t.db, w, w.otherOfficer), "/", { id: w.competitionId }),
    );
    expect(other.status).toBe(403);
    for (const loader of [csvLoader, xlsxLoader])
      expect(
        (await settle(call(loader, contextFor(t.db, w, w.otherOfficer), "/", { id: w.competitionId })))
          .status,
      ).toBe(403);

    const unknown = randomUUID();
    expect(
      (await settle(call(listLoader, contextFor(t.db, w, w.officer), "/", { id: unknown }))).status,
    ).toBe(404);
    const audited = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, unknown), eq(auditLog.action, "access.notFound")));
    expect(audited).toHaveLength(1);

    const page = await settle(
      call(competitionLoader, contextFor(t.db, w, w.officer), "/", { id: w.competitionId }),
    );
    expect((page.data as { offerCount: number | null }).offerCount).toBe(2);
  });

  it("exports CSV with formulas neutralised and XLSX with amounts as formatted numbers", async () => {
    const { w } = await world();
    const csv = await settle(call(csvLoader, contextFor(t.db, w, w.officer), "/", { id: w.competitionId }));
    expect(csv.status).toBe(200);
    const response = csv.response as Response;
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toMatch(
      /attachment; filename="oferty-.*-2026-04-20\.csv"/,
    );
    const text = await response.text();
    const lines = text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("Wnioskowana dotacja (zł)");
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain(";Fundacja Partnerska;'=1+2 szkolenie;");
    expect(lines[1]).toContain(";21600,00;19000,00;2600,00;");
    expect(text).not.toMatch(/;=/);

    const xlsx = await settle(call(xlsxLoader, contextFor(t.db, w, w.officer), "/", { id: w.competitionId }));
    const file = xlsx.response as Response;
    expect(file.headers.get("content-disposition")).toMatch(/oferty-.*-2026-04-20\.xlsx/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await file.arrayBuffer());
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    expect(sheet.rowCount).toBe(3);
    const grant = sheet.getRow(2).getCell(col("Wnioskowana dotacja (zł)"));
    expect(grant.value).toBe(19_000);
    expect(grant.numFmt).toBe("#,##0.00");
    expect(sheet.getRow(2).getCell(col("Koszt całkowity (zł)")).value).toBe(21_600);
    const leader = sheet.getRow(3).getCell(col("Oferent"));
    expect(leader.value).toBe('=HYPERLINK("http://x")');
    expect(leader.formula).toBeUndefined();
    expect(sheet.getRow(3).getCell(col("Tytuł zadania")).type).toBe(ExcelJS.ValueType.String);
  });

  it("shows a submitted version with its receipt and PDF to the department, not drafts nor other departments", async () => {
    const { w, first, draftId } = await world();
    const view = await settle(
      call(versionLoader, contextFor(t.db, w, w.officer), "/", { id: first.offerId, numer: "1" }),
    );
    expect(view.status).toBe(200);
    const data = view.data as Awaited<ReturnType<typeof versionLoader>>;
    expect(data.receipt.receiptNumber).toBe(first.receiptNumber);
    expect(data.receipt.checksum).toBe(first.checksum);
    expect(data.document.sections.task.title).toBe("Opieka wytchnieniowa dla rodzin");

    const pdf = await settle(
      call(pdfLoader, contextFor(t.db, w, w.officer), "/", { id: first.offerId, numer: "1" }),
    );
    const body = Buffer.from(await (pdf.response as Response).arrayBuffer());
    expect(pdf.response?.headers.get("content-type")).toBe("application/pdf");
    expect(body.subarray(0, 5).toString()).toBe("%PDF-");

    const other = contextFor(t.db, w, w.otherOfficer);
    expect((await settle(call(versionLoader, other, "/", { id: first.offerId, numer: "1" }))).status).toBe(
      403,
    );
    expect((await settle(call(pdfLoader, other, "/", { id: first.offerId, numer: "1" }))).status).toBe(403);
    const ctx = contextFor(t.db, w, w.officer);
    expect((await settle(call(versionLoader, ctx, "/", { id: draftId, numer: "1" }))).status).toBe(403);
    expect((await settle(call(versionLoader, ctx, "/", { id: first.offerId, numer: "2" }))).status).toBe(404);
    expect((await settle(call(versionLoader, ctx, "/", { id: "nie-ma", numer: "1" }))).status).toBe(404);
  });

  it("shows the empty state's data when nothing was submitted", async () => {
    const w = await createOfferWorld(t.db);
    await startTestOffer(t.db, w);
    const page = await settle(call(listLoader, contextFor(t.db, w, w.officer), "/", { id: w.competitionId }));
    const list = page.data as Awaited<ReturnType<typeof listLoader>>;
    expect(list.offers).toEqual([]);
    expect(list.totals.requestedGrant).toBe(0);
  });
});
