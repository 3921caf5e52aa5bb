import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type ContractWorld,
  createContractWorld,
  insertTestContract,
} from "~/domain/contracts/testing/factories";
import { TEST_APP_URL, warsaw } from "~/domain/offers/testing/factories";
import { fixedClock } from "~/platform/clock/clock";
import type { Db } from "~/platform/db/client.server";
import { settlementReturns } from "~/platform/db/schema/contracts";
import { mailOutbox } from "~/platform/db/schema/mail";
import { offerPartners } from "~/platform/db/schema/offers";
import { samplePdf, samplePng } from "~/platform/files/testing/sample-files";
import { useTestDatabase } from "~/test/db";
import { callRoute, type Person, pageRenderer, routeContext, type StaffRoles } from "~/test/route-harness";
import { loader as grantsApi } from "../../routes/api.v1.grants";
import GrantsPage, { loader as grantsPage } from "../../routes/dotacje";
import MemberContracts, { loader as memberList } from "../../routes/panel.umowy._index";
import MemberContractPage, { loader as memberPage } from "../../routes/panel.umowy.$id._index";
import OfficeContracts, { loader as officeList } from "../../routes/urzad.umowy._index";
import OfficeContractPage, {
  action as officeAction,
  loader as officePage,
} from "../../routes/urzad.umowy.$id._index";
import { loader as signedDownload } from "../../routes/urzad.umowy.$id.podpisana.$plik";

/*
 * The contract's pages through their loaders and actions on a real database: the office's list
 * (department scope, filters) and page (forms without JavaScript: a refused form keeps what was
 * typed, the signing as multipart refuses a non-PDF), the organisation's list and page (a draft is
 * 404, a stranger 403), and the grants' open data with the contract's status and sums.
 */

const contextFor = (
  db: Db,
  world: ContractWorld,
  person: Omit<Person, "name"> | null,
  staffRoles?: StaffRoles,
) =>
  routeContext(db, world.tenant, person && { ...person, name: "X" }, {
    clock: fixedClock(warsaw("2026-06-05 10:00")),
    env: { FILE_STORAGE: "database", DATA_DIR: "/tmp", FILES_MAX_FILE_MB: 1, FILES_MAX_OFFER_MB: 5 },
    staffRoles,
  });

const call = callRoute;

/** The page rendered from its data: one h1, a title, no raw "contracts." key left. */
const renderPage = pageRenderer(/contracts\.[a-zA-Z]+\.[a-zA-Z]/);

describe("the contract's pages", () => {
  const t = useTestDatabase();
  let w: ContractWorld;
  let draftId: string;
  let sentId: string;
  const officer = () => contextFor(t.db, w, w.officer.user, w.officer.staffRoles);

  beforeAll(async () => {
    w = await createContractWorld(t.db);
    draftId = (
      await insertTestContract(t.db, { tenantId: w.tenant.id, offerId: w.own.offerId, status: "draft" })
    ).contract.id;
    sentId = (
      await insertTestContract(t.db, {
        tenantId: w.tenant.id,
        offerId: w.reduced.offerId,
        status: "sent",
        number: "WE/SENT/2026",
      })
    ).contract.id;
  });

  it("lists the office's contracts of its department, filtered and searched", async () => {
    const all = await call(officeList, officer(), {});
    const data = all.data as { total: number; rows: { number: string }[] };
    expect(data.total).toBe(3);
    const html = renderPage(OfficeContracts, all.data);
    expect(html).toContain('<th scope="col">Numer</th>');
    expect(html).toContain("\u00a0zł");
    const sent = await call(officeList, officer(), {}, undefined, `${TEST_APP_URL}/urzad/umowy?status=sent`);
    expect((sent.data as { rows: { id: string }[] }).rows.map((r) => r.id)).toEqual([sentId]);
    const found = await call(officeList, officer(), {}, undefined, `${TEST_APP_URL}/urzad/umowy?q=we%2Fsent`);
    expect((found.data as { rows: { id: string }[] }).rows.map((r) => r.id)).toEqual([sentId]);
    const second = await call(officeList, officer(), {}, undefined, `${TEST_APP_URL}/urzad/umowy?strona=2`);
    expect(second.data).toMatchObject({ total: 3, pages: 1, rows: [], query: { page: 2 } });
    const other = await call(
      officeList,
      contextFor(t.db, w, w.otherOfficer.user, w.otherOfficer.staffRoles),
      {},
    );
    expect((other.data as { total: number }).total).toBe(0);
    expect((await call(officeList, contextFor(t.db, w, w.owner), {})).status).toBe(403);
  });

  it("shows the office's page with its forms, sends, and keeps a refused reason", async () => {
    const page = await call(officePage, officer(), { id: draftId });
    expect((page.data as { view: { allowed: { send: boolean } } }).view.allowed.send).toBe(true);
    const html = renderPage(OfficeContractPage, page.data);
    expect(html).toContain('name="intent" value="send"');
    expect(html).toContain(`/urzad/umowy/${draftId}/wersje/1.pdf`);
    const other = contextFor(t.db, w, w.otherOfficer.user, w.otherOfficer.staffRoles);
    expect((await call(officePage, other, { id: draftId })).status).toBe(403);
    expect((await call(officeAction, other, { id: draftId }, { intent: "send" })).status).toBe(403);
    const sent = await call(officeAction, officer(), { id: draftId }, { intent: "send" });
    expect(sent.location).toBe(`/urzad/umowy/${draftId}?komunikat=sent`);
    const again = await call(officeAction, officer(), { id: draftId }, { intent: "send" });
    expect(again.location).toBe(`/urzad/umowy/${draftId}?komunikat=repeated`);
    const sentMails = await t.db.select().from(mailOutbox).where(eq(mailOutbox.template, "contracts.sent"));
    expect(sentMails.length).toBeGreaterThan(0);
    expect(new Set(sentMails.map((m) => m.to)).size).toBe(sentMails.length);
    const refused = await call(officeAction, officer(), { id: draftId }, { intent: "recall", reason: " " });
    expect(refused.status).toBe(422);
    expect(refused.data).toMatchObject({
      values: { intent: "recall" },
      fieldErrors: { reason: ["contracts.error.reasonRequired"] },
    });
    const after = await call(officePage, officer(), { id: draftId });
    expect(renderPage(OfficeContractPage, after.data, refused.data)).toContain("Podaj powód.");
  });

  it("signs through the multipart form: a non-PDF is refused next to the field, a PDF is stored", async () => {
    const form = (bytes: Uint8Array, name: string, signedOn = "2026-06-01") => {
      const f = new FormData();
      f.set("signedOn", signedOn);
      f.set("file", new File([new Uint8Array(bytes)], name, { type: "application/pdf" }));
      return f;
    };
    const png = await call(officeAction, officer(), { id: sentId }, form(samplePng(), "umowa.pdf"));
    expect(png.status).toBe(422);
    expect(png.data).toMatchObject({
      values: { intent: "sign", signedOn: "2026-06-01" },
      fieldErrors: { file: ["contracts.error.notPdf"] },
    });
    const page = await call(officePage, officer(), { id: sentId });
    const html = renderPage(OfficeContractPage, page.data, png.data);
    expect(html).toContain("Podpisana umowa musi być plikiem PDF");
    expect(html).toContain('value="2026-06-01"');
    const future = await call(
      officeAction,
      officer(),
      { id: sentId },
      form(samplePdf(), "umowa.pdf", "2026-07-01"),
    );
    expect(future.data).toMatchObject({ fieldErrors: { signedOn: ["contracts.error.signedInFuture"] } });
    const signed = await call(officeAction, officer(), { id: sentId }, form(samplePdf(), "umowa.pdf"));
    expect(signed.location).toBe(`/urzad/umowy/${sentId}?komunikat=signed`);
    const file = await call(signedDownload, officer(), { id: sentId, plik: "umowa.pdf" });
    expect(file.status).toBe(200);
    expect(file.response?.headers.get("content-type")).toBe("application/pdf");
  });

  it("refuses a payment over the plan in Polish, and the first payment starts the contract", async () => {
    const over = await call(
      officeAction,
      officer(),
      { id: sentId },
      {
        intent: "pay",
        position: "1",
        paidOn: "2026-06-03",
        paidAmount: "99 999 999,00",
      },
    );
    expect(over.status).toBe(422);
    const page = await call(officePage, officer(), { id: sentId });
    expect(renderPage(OfficeContractPage, page.data, over.data)).toContain(
      "Kwota nie może przekraczać kwoty transzy",
    );
    const paid = await call(
      officeAction,
      officer(),
      { id: sentId },
      {
        intent: "pay",
        position: "1",
        paidOn: "2026-06-03",
        paidAmount: "1 000,00",
      },
    );
    expect(paid.location).toBe(`/urzad/umowy/${sentId}?komunikat=paid`);
    const now = (await call(officePage, officer(), { id: sentId })).data as {
      view: { contract: { status: string }; totals: { paid: number } };
    };
    expect(now.view.contract.status).toBe("in_progress");
    expect(now.view.totals.paid).toBe(100_000);
  });

  it("shows the organisation its contracts once sent; a draft is 404, a stranger 403", async () => {
    const list = await call(memberList, contextFor(t.db, w, w.reduced.owner), {});
    expect((list.data as { contracts: { id: string }[] }).contracts.map((c) => c.id)).toEqual([sentId]);
    renderPage(MemberContracts, list.data);
    const page = await call(memberPage, contextFor(t.db, w, w.reduced.owner), { id: sentId });
    const html = renderPage(MemberContractPage, page.data);
    expect(html).toContain(`/panel/umowy/${sentId}/zmiana`);
    expect(html).toContain(`/panel/sprawozdania/`);
    expect(html).toContain(`/panel/umowy/${sentId}/wersje/1.docx`);
    expect((await call(memberPage, contextFor(t.db, w, w.full.owner), { id: sentId })).status).toBe(403);
    expect((await call(memberPage, contextFor(t.db, w, w.owner), { id: draftId })).status).toBe(200);
    const recalled = await call(
      officeAction,
      officer(),
      { id: draftId },
      { intent: "recall", reason: "Zły rachunek" },
    );
    expect(recalled.location).toBe(`/urzad/umowy/${draftId}?komunikat=recalled`);
    expect((await call(memberPage, contextFor(t.db, w, w.owner), { id: draftId })).status).toBe(404);
    const mine = await call(memberList, contextFor(t.db, w, w.owner), {});
    expect((mine.data as { contracts: unknown[] }).contracts).toEqual([]);
    expect((await call(memberPage, contextFor(t.db, w, null), { id: sentId })).status).toBe(302);
  });

  it("gives the grants' open data the contract's status, the paid and the returned sums", async () => {
    await t.db.insert(settlementReturns).values([
      { contractId: w.contract.contract.id, kind: "principal", amount: 12_345, paidOn: "2026-06-04" },
      { contractId: w.contract.contract.id, kind: "interest", amount: 99, paidOn: "2026-06-04" },
    ]);
    const api = await call(
      grantsApi,
      contextFor(t.db, w, null),
      {},
      undefined,
      `${TEST_APP_URL}/api/v1/grants?year=2026`,
    );
    const body = (await api.response?.json()) as {
      items: {
        organization: { id: string };
        contractStatus: string | null;
        paid: number;
        returned: number;
      }[];
    };
    const full = body.items.find((g) => g.organization.id === w.full.organizationId);
    expect(full).toMatchObject({ contractStatus: "in_progress", paid: 950_000, returned: 12_345 });
    const reduced = body.items.find((g) => g.organization.id === w.reduced.organizationId);
    expect(reduced).toMatchObject({ contractStatus: "in_progress", paid: 100_000, returned: 0 });
    const page = await call(
      grantsPage,
      contextFor(t.db, w, null),
      {},
      undefined,
      `${TEST_APP_URL}/dotacje?rok=2026`,
    );
    const html = renderPage(GrantsPage, page.data);
    expect(html).toContain('<th scope="col">Stan umowy</th>');
    expect(html).toContain("123,45\u00a0zł");
    expect(html).toContain("W realizacji");
  });

  it("lists a contract for the people of a partner organisation too", async () => {
    await t.db.insert(offerPartners).values({ offerId: w.full.offerId, organizationId: w.organizationId });
    const list = await call(memberList, contextFor(t.db, w, w.viewer), {});
    expect((list.data as { contracts: { id: string }[] }).contracts.map((c) => c.id)).toEqual([
      w.contract.contract.id,
    ]);
    expect(
      (await call(memberPage, contextFor(t.db, w, w.viewer), { id: w.contract.contract.id })).status,
    ).toBe(200);
  });
});
