import { eq } from "drizzle-orm";
import { renderToString } from "react-dom/server";
import { createRoutesStub, RouterContextProvider } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import { termsForm } from "~/domain/contracts/testing/generate-factories";
import { TEST_APP_URL } from "~/domain/offers/testing/factories";
import { createUpdateWorld, type UpdateWorld, updateClock } from "~/domain/updates/testing/factories";
import type { Db } from "~/platform/db/client.server";
import { contracts } from "~/platform/db/schema/contracts";
import type { Services } from "~/platform/services.server";
import { useTestDatabase } from "~/test/db";
import { loader as memberDocx } from "../../routes/panel.umowy.$id.wersje.$numer[.]docx";
import { loader as memberPdf } from "../../routes/panel.umowy.$id.wersje.$numer[.]pdf";
import ContractTermsPage, {
  action as termsAction,
  loader as termsLoader,
} from "../../routes/urzad.oferty.$id.umowa";
import { loader as officeDocx } from "../../routes/urzad.umowy.$id.wersje.$numer[.]docx";
import { loader as officePdf } from "../../routes/urzad.umowy.$id.wersje.$numer[.]pdf";
import {
  preferencesContext,
  requestInfoContext,
  servicesContext,
  tenantContext,
  viewerContext,
} from "../contexts";

/*
 * Drawing up the contract through its page (the form without JavaScript: defaults, a refused sum
 * kept with its Polish error, the redirect to the contract, redrawing the draft with ?edytuj) and
 * the version's files for the office and, once sent, for the organisation.
 */

type Person = { id: string; email: string; name: string };
type Staff = { role: "officer" | "coordinator" | "admin"; departmentId: string | null }[];

function contextFor(db: Db, world: UpdateWorld, person: Person, staffRoles: Staff = []) {
  const ctx = new RouterContextProvider();
  ctx.set(servicesContext, { db, clock: updateClock, env: { APP_URL: TEST_APP_URL } } as unknown as Services);
  ctx.set(tenantContext, world.tenant);
  ctx.set(preferencesContext, { locale: "pl", fontScale: "normal", highContrast: false });
  ctx.set(requestInfoContext, {
    requestId: "t",
    ip: "127.0.0.1",
    userAgent: null,
    csrfSeed: "",
    csrfToken: "",
  });
  const user = { ...person, emailVerified: true, totpEnabled: staffRoles.length > 0, locale: "pl" };
  ctx.set(viewerContext, {
    user,
    session: { idHash: "x", user, expiresAt: new Date("2030-01-01") } as never,
    sessionToken: "x",
    staffRoles,
    pendingSecondFactor: false,
  });
  return ctx;
}

interface Settled {
  status: number;
  data: unknown;
  location: string | null;
  response: Response | null;
}

async function settle(promise: unknown): Promise<Settled> {
  try {
    const value = await promise;
    if (value instanceof Response)
      return { status: value.status, data: null, location: value.headers.get("location"), response: value };
    const init = (value as { init?: { status?: number } }).init;
    return {
      status: init?.status ?? 200,
      data: (value as { data?: unknown }).data ?? value,
      location: null,
      response: null,
    };
  } catch (error) {
    if (error instanceof Response)
      return { status: error.status, data: null, location: error.headers.get("location"), response: error };
    const e = error as { init?: { status?: number }; data?: unknown };
    return { status: e.init?.status ?? 500, data: e.data, location: null, response: null };
  }
}

function call(
  fn: (args: never) => unknown,
  ctx: RouterContextProvider,
  params: Record<string, string>,
  options: { form?: Record<string, string>; query?: string } = {},
) {
  const init = options.form ? { method: "POST", body: new URLSearchParams(options.form) } : { method: "GET" };
  const url = `${TEST_APP_URL}/x${options.query ?? ""}`;
  return settle(fn({ request: new Request(url, init), params, context: ctx } as never));
}

function renderPage(loaderData: unknown, actionData?: unknown): string {
  // biome-ignore lint/correctness/noComponentHookFactories: a fresh harness per render of the page's data
  const Harness = () => ContractTermsPage({ loaderData, actionData, params: {}, matches: [] } as never);
  const Stub = createRoutesStub([{ id: "root", path: "/", Component: Harness }]);
  const html = renderToString(<Stub initialEntries={["/"]} />);
  expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  expect(html).toMatch(/<title>[^<]+<\/title>/);
  expect(html).not.toMatch(/contracts\.generate\.[a-zA-Z]/);
  return html;
}

describe("drawing up the contract through its pages", () => {
  const t = useTestDatabase();
  let w: UpdateWorld;
  let contractId = "";
  beforeAll(async () => {
    w = await createUpdateWorld(t.db);
  });

  const officer = () => contextFor(t.db, w, w.officer.user, w.officer.staffRoles);

  it("shows the terms with their defaults; another department's officer gets 403", async () => {
    const page = await call(termsLoader, officer(), { id: w.full.offerId });
    expect(page.status).toBe(200);
    const html = renderPage(page.data);
    expect(html).toContain("19\u00a0000,00\u00a0zł");
    expect(html).toContain('value="2026-05-15"');
    expect(html).toContain('value="2027-01-30"');
    const other = contextFor(t.db, w, w.otherOfficer.user, w.otherOfficer.staffRoles);
    expect((await call(termsLoader, other, { id: w.full.offerId })).status).toBe(403);
    expect((await call(termsAction, other, { id: w.full.offerId }, { form: termsForm() })).status).toBe(403);
  });

  it("says why no contract can be drawn up while the reduced award's update is not accepted", async () => {
    const page = await call(termsLoader, officer(), { id: w.own.offerId });
    expect(renderPage(page.data)).toContain("dopiero po przyjęciu aktualizacji oferty");
  });

  it("keeps the typed values of a refused sum with the error next to the field", async () => {
    const form = { intent: "generate", ...termsForm({ "instalments.1.amount": "1,00" }) };
    const refused = await call(termsAction, officer(), { id: w.full.offerId }, { form });
    expect(refused.status).toBe(422);
    expect(refused.data).toMatchObject({ values: { "instalments.1.amount": "1,00" } });
    const page = await call(termsLoader, officer(), { id: w.full.offerId });
    const html = renderPage(page.data, refused.data);
    expect(html).toContain("musi być równa przyznanej dotacji");
    expect(html).toContain('value="1,00"');
  });

  it("draws the contract up and goes to it; the page then sends there, or redraws the draft with ?edytuj", async () => {
    const form = { intent: "generate", ...termsForm() };
    const done = await call(termsAction, officer(), { id: w.full.offerId }, { form });
    const [contract] = await t.db.select().from(contracts).where(eq(contracts.offerId, w.full.offerId));
    contractId = contract?.id as string;
    expect(done.location).toBe(`/urzad/umowy/${contractId}`);
    expect((await call(termsLoader, officer(), { id: w.full.offerId })).location).toBe(
      `/urzad/umowy/${contractId}`,
    );
    const edit = await call(termsLoader, officer(), { id: w.full.offerId }, { query: "?edytuj" });
    expect(renderPage(edit.data)).toContain('name="intent" value="edit"');
    const edited = await call(
      termsAction,
      officer(),
      { id: w.full.offerId },
      { form: { intent: "edit", contractId, ...termsForm({ allowedShift: "10" }) } },
    );
    expect(edited.location).toBe(`/urzad/umowy/${contractId}`);
    const [after] = await t.db.select().from(contracts).where(eq(contracts.id, contractId));
    expect(after?.allowedShiftBp).toBe(1000);
  });

  it("gives the version's PDF and DOCX to the office, and to the organisation once sent", async () => {
    const params = { id: contractId, numer: "1" };
    const pdf = await call(officePdf, officer(), params);
    expect(pdf.status).toBe(200);
    expect(pdf.response?.headers.get("content-disposition")).toBe(
      'inline; filename="umowa-WPS.526.1.2026-v1.pdf"',
    );
    const docx = await call(officeDocx, officer(), params);
    expect(docx.response?.headers.get("content-disposition")).toContain("umowa-WPS.526.1.2026-v1.docx");
    const other = contextFor(t.db, w, w.otherOfficer.user, w.otherOfficer.staffRoles);
    expect((await call(officePdf, other, params)).status).toBe(403);
    const member = contextFor(t.db, w, w.full.owner);
    expect((await call(memberPdf, member, params)).status).toBe(404);
    await t.db.update(contracts).set({ status: "sent" }).where(eq(contracts.id, contractId));
    const sent = await call(memberDocx, member, params);
    expect(sent.status).toBe(200);
    expect(sent.response?.headers.get("content-type")).toContain("wordprocessingml");
    expect((await call(memberPdf, contextFor(t.db, w, w.owner), params)).status).toBe(403);
  });
});
