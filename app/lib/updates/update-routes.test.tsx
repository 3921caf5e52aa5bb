import type { RouterContextProvider } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import { saveOfferSection } from "~/domain/offers/save-offer-section";
import { sectionVersions } from "~/domain/offers/testing/factories";
import { actorOf } from "~/domain/organizations/testing/factories";
import {
  createUpdateWorld,
  type UpdateWorld,
  updateClock,
  updatedCosts,
} from "~/domain/updates/testing/factories";
import type { Db } from "~/platform/db/client.server";
import { useTestDatabase } from "~/test/db";
import { callRoute, type Person, pageRenderer, routeContext, type StaffRoles } from "~/test/route-harness";
import { loader as overviewLoader } from "../../routes/panel.oferty.$id._index";
import OfferUpdatePage, {
  action as ngoAction,
  loader as ngoLoader,
} from "../../routes/panel.oferty.$id.aktualizacja";
import OfficeUpdatePage, {
  action as officeAction,
  loader as officeLoader,
} from "../../routes/urzad.oferty.$id.aktualizacja";

/*
 * The update's pages through their loaders and actions on a real database: the overview's banner,
 * the organisation's forms without JavaScript (a refused withdrawal keeps the typed reason, a
 * submission redirects with its notice), and the officer's decision (remarks required to return).
 */

const contextFor = (db: Db, world: UpdateWorld, person: Person, staffRoles?: StaffRoles) =>
  routeContext(db, world.tenant, person, { clock: updateClock, staffRoles });

const call = (
  fn: (args: never) => unknown,
  ctx: RouterContextProvider,
  id: string,
  form?: Record<string, string>,
) => callRoute(fn, ctx, { id }, form);

/** The page rendered from its loader's data: one h1, a title, no raw "updates." key left. */
const renderPage = pageRenderer(/updates\.[a-z]+\.[a-zA-Z]/);

describe("the update's pages", () => {
  const t = useTestDatabase();
  let w: UpdateWorld;
  beforeAll(async () => {
    w = await createUpdateWorld(t.db);
  });

  it("shows the overview's banner and the organisation's page; another organisation gets 403", async () => {
    const owner = contextFor(t.db, w, w.owner);
    const overview = (await call(overviewLoader, owner, w.own.offerId)).data as { update: unknown };
    expect(overview.update).toEqual({ status: "open", awarded: 1_500_000, requested: 1_900_000 });
    const page = await call(ngoLoader, owner, w.own.offerId);
    expect((page.data as { view: { can: unknown } }).view.can).toEqual({ submit: true, withdraw: true });
    const html = renderPage(OfferUpdatePage, page.data);
    expect(html).toContain("15\u00a0000,00\u00a0zł");
    expect(html).toContain("musi być równa przyznanej kwocie");
    expect((await call(ngoLoader, contextFor(t.db, w, w.reduced.owner), w.own.offerId)).status).toBe(403);
  });

  it("keeps the typed reason of a refused withdrawal, then submits the update with a notice", async () => {
    const owner = contextFor(t.db, w, w.owner);
    const refused = await call(ngoAction, owner, w.own.offerId, { intent: "withdraw", reason: "   " });
    expect(refused.status).toBe(422);
    expect(refused.data).toMatchObject({
      values: { intent: "withdraw" },
      fieldErrors: { reason: ["updates.error.reasonRequired"] },
    });
    await saveOfferSection({
      db: t.db,
      tenantId: w.tenant.id,
      actor: actorOf(w.owner),
      clock: updateClock,
      offerId: w.own.offerId,
      section: "costs",
      expectedVersion: (await sectionVersions(t.db, w.own.offerId)).costs,
      content: updatedCosts(),
    });
    const submitted = await call(ngoAction, owner, w.own.offerId, { intent: "submit" });
    expect(submitted.location).toBe(`/panel/oferty/${w.own.offerId}/aktualizacja?komunikat=submitted`);
  });

  it("the officer returns with remarks (required) and another department's officer gets 403", async () => {
    const officer = contextFor(t.db, w, w.officer.user, w.officer.staffRoles);
    const page = (await call(officeLoader, officer, w.own.offerId)).data as { view: { can: unknown } };
    expect(page.view.can).toEqual({ decide: true });
    expect(renderPage(OfficeUpdatePage, page)).toContain("<ins>1500000</ins>");
    const other = contextFor(t.db, w, w.otherOfficer.user, w.otherOfficer.staffRoles);
    expect((await call(officeLoader, other, w.own.offerId)).status).toBe(403);
    expect((await call(officeAction, other, w.own.offerId, { decision: "accept" })).status).toBe(403);
    const refused = await call(officeAction, officer, w.own.offerId, { decision: "return", remarks: "" });
    expect(refused.status).toBe(422);
    expect(refused.data).toMatchObject({ fieldErrors: { remarks: ["updates.error.remarksRequired"] } });
    const returned = await call(officeAction, officer, w.own.offerId, {
      decision: "return",
      remarks: "Harmonogram.",
    });
    expect(returned.location).toBe(`/urzad/oferty/${w.own.offerId}/aktualizacja?komunikat=returned`);
  });
});
