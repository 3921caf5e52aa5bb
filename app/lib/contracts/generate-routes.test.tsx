import { eq } from "drizzle-orm";
import type { RouterContextProvider } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import { termsForm } from "~/domain/contracts/testing/generate-factories";
import { TEST_APP_URL } from "~/domain/offers/testing/factories";
import { createUpdateWorld, type UpdateWorld, updateClock } from "~/domain/updates/testing/factories";
import type { Db } from "~/platform/db/client.server";
import { contracts } from "~/platform/db/schema/contracts";
import { useTestDatabase } from "~/test/db";
import { callRoute, type Person, pageRenderer, routeContext, type StaffRoles } from "~/test/route-harness";
import { loader as memberDocx } from "../../routes/panel.umowy.$id.wersje.$numer[.]docx";
import { loader as memberPdf } from "../../routes/panel.umowy.$id.wersje.$numer[.]pdf";
import ContractTermsPage, {
  action as termsAction,
  loader as termsLoader,
} from "../../routes/urzad.oferty.$id.umowa";
import { loader as officeDocx } from "../../routes/urzad.umowy.$id.wersje.$numer[.]docx";
import { loader as officePdf } from "../../routes/urzad.umowy.$id.wersje.$numer[.]pdf";

/*
 * Drawing up the contract through its page (the form without JavaScript: defaults, a refused sum
 * kept with its Polish error, the redirect to the contract, redrawing the draft with ?edytuj) and
 * the version's files for the office and, once sent, for the organisation.
 */

const contextFor = (db: Db, world: UpdateWorld, person: Person, staffRoles?: StaffRoles) =>
  routeContext(db, world.tenant, person, { clock: updateClock, staffRoles });

function call(
  fn: (args: never) => unknown,
  ctx: RouterContextProvider,
  params: Record<string, string>,
  options: { form?: Record<string, string>; query?: string } = {},
) {
  return callRoute(fn, ctx, params, options.form, `${TEST_APP_URL}/x${options.query ?? ""}`);
}

const checkedPage = pageRenderer(/contracts\.generate\.[a-zA-Z]/);
const renderPage = (loaderData: unknown, actionData?: unknown) =>
  checkedPage(ContractTermsPage, loaderData, actionData);

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
