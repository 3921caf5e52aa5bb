import { RouterContextProvider } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import {
  completeSections,
  createOfferWorld,
  fillOffer,
  type OfferWorld,
  offerClock,
  sectionVersions,
  startTestOffer,
} from "~/domain/offers/testing/factories";
import type { Db } from "~/platform/db/client.server";
import type { Services } from "~/platform/services.server";
import { useTestDatabase } from "~/test/db";
import { action as overviewAction, loader as overviewLoader } from "../../routes/panel.oferty.$id._index";
import { action as sectionAction, loader as sectionLoader } from "../../routes/panel.oferty.$id.$sekcja";
import {
  preferencesContext,
  requestInfoContext,
  servicesContext,
  tenantContext,
  viewerContext,
} from "../contexts";
import type { SectionAnswer } from "./answers";

/*
 * The offers' NGO pages through their loaders and actions, on a real database: what a form
 * without JavaScript gets back (typed values kept, rows added, conflicts explained), and the
 * submission's redirect with the receipt, its repetition and the deadline.
 */

type User = OfferWorld["owner"];

function contextFor(db: Db, world: OfferWorld, user: User, at?: string) {
  const ctx = new RouterContextProvider();
  ctx.set(servicesContext, {
    db,
    clock: offerClock(at),
    env: { APP_URL: "https://ngo.example" },
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
  const sessionUser = {
    id: user.id,
    email: user.email,
    name: user.name,
    emailVerified: true,
    totpEnabled: false,
    locale: "pl",
  };
  ctx.set(viewerContext, {
    user: sessionUser,
    session: { idHash: "x", user: sessionUser, expiresAt: new Date("2030-01-01") } as never,
    sessionToken: "x",
    staffRoles: [],
    pendingSecondFactor: false,
  });
  return ctx;
}

function call<R>(
  fn: (args: never) => R,
  ctx: RouterContextProvider,
  url: string,
  params: object,
  form?: object,
) {
  const init = form
    ? { method: "POST", body: new URLSearchParams(form as Record<string, string>) }
    : { method: "GET" };
  const request = new Request(`https://ngo.example${url}`, init);
  return fn({ request, params, context: ctx } as never);
}

/** What a loader or action threw or answered, as status and data. */
async function settle(promise: unknown): Promise<{ status: number; data: unknown; location: string | null }> {
  try {
    const value = await promise;
    if (value instanceof Response)
      return { status: value.status, data: null, location: value.headers.get("location") };
    const init = (value as { init?: { status?: number } }).init;
    const data = (value as { data?: unknown }).data ?? value;
    return { status: init?.status ?? 200, data, location: null };
  } catch (error) {
    if (error instanceof Response)
      return { status: error.status, data: null, location: error.headers.get("location") };
    const e = error as { init?: { status?: number }; data?: unknown };
    return { status: e.init?.status ?? 500, data: e.data, location: null };
  }
}

describe("offer pages (NGO side)", () => {
  const t = useTestDatabase();
  const context = (world: OfferWorld, user: User, at?: string) => contextFor(t.db, world, user, at);
  let world: OfferWorld;
  let offerId: string;

  beforeAll(async () => {
    world = await createOfferWorld(t.db);
    offerId = await startTestOffer(t.db, world);
  });

  it("a section page: stored money formatted, an unknown slug is a 404", async () => {
    const ctx = context(world, world.owner);
    await fillOffer(t.db, world, offerId, { sections: { costs: completeSections().costs } });
    const page = (await settle(call(sectionLoader, ctx, "/", { id: offerId, sekcja: "koszty" }))).data as {
      values: Record<string, string>;
      version: number;
    };
    expect(page.values["rows.0.unitCost"]).toMatch(/^\d[\d\u00a0]*,\d\d$/);
    expect((await settle(call(sectionLoader, ctx, "/", { id: offerId, sekcja: "nieznana" }))).status).toBe(
      404,
    );
  });

  it("'Dodaj wiersz' saves what was typed and answers with one more row, focused", async () => {
    const ctx = context(world, world.owner);
    const version = (await sectionVersions(t.db, offerId)).task;
    const answer = await settle(
      call(
        sectionAction,
        ctx,
        "/",
        { id: offerId, sekcja: "opis" },
        {
          version: String(version),
          "_rows.actions": "1",
          title: "Lato w mieście",
          "actions.0.name": "Warsztaty",
          "actions.0.start": "2026-06-01",
          intent: "addRow:actions",
        },
      ),
    );
    expect(answer.status).toBe(200);
    const data = answer.data as SectionAnswer;
    expect(data.ok).toBe(true);
    expect(data.version).toBe(version + 1);
    expect(data.focus).toBe("f-actions.1.name");
    expect(data.values?.["_rows.actions"]).toBe("2");
    expect(data.values?.["actions.0.name"]).toBe("Warsztaty");
  });

  it("a refused save keeps what was typed; a stale version is a conflict naming who saved", async () => {
    const ctx = context(world, world.owner);
    const version = (await sectionVersions(t.db, offerId)).costs;
    const refused = await settle(
      call(
        sectionAction,
        ctx,
        "/",
        { id: offerId, sekcja: "koszty" },
        {
          version: String(version),
          "rows.0.name": "Sala",
          "rows.0.unitCost": "12,3,4",
          "rows.1.name": "",
          "rows.2.name": "Trener",
          intent: "save",
        },
      ),
    );
    expect(refused.status).toBe(422);
    const failure = refused.data as Extract<SectionAnswer, { ok: false }>;
    expect(Object.keys(failure.fieldErrors)).toEqual(["rows.0.unitCost"]);
    expect(failure.values["rows.0.unitCost"]).toBe("12,3,4");
    expect(failure.values["rows.1.name"]).toBe("Trener");
    expect(failure.version).toBe(version);

    const stale = await settle(
      call(
        sectionAction,
        ctx,
        "/",
        { id: offerId, sekcja: "koszty" },
        {
          version: String(version - 1),
          "rows.0.name": "Sala",
          intent: "autosave",
        },
      ),
    );
    expect(stale.status).toBe(409);
    const conflict = stale.data as Extract<SectionAnswer, { ok: false }>;
    expect(conflict.messageKey).toBe("offer.error.sectionChanged");
    expect(conflict.details.updatedBy).toBe(world.owner.name);
    expect(conflict.values["rows.0.name"]).toBe("Sala");
  });

  it("submitting: refused with 'section:field' issues, then a receipt, then the same receipt again", async () => {
    const fresh = await startTestOffer(t.db, world);
    const ctx = context(world, world.editor);
    const refused = await settle(call(overviewAction, ctx, "/", { id: fresh }, { intent: "submit" }));
    expect(refused.status).toBe(422);
    expect(Object.keys((refused.data as { fieldErrors: object }).fieldErrors)).toContain("task:title");

    await fillOffer(t.db, world, fresh);
    const first = await settle(call(overviewAction, ctx, "/", { id: fresh }, { intent: "submit" }));
    expect(first.location).toBe(`/panel/oferty/${fresh}?komunikat=submitted&wersja=1`);
    const again = await settle(call(overviewAction, ctx, "/", { id: fresh }, { intent: "submit" }));
    expect(again.location).toBe(`/panel/oferty/${fresh}?komunikat=alreadySubmitted&wersja=1`);

    const page = (await settle(call(overviewLoader, ctx, first.location ?? "", { id: fresh }))).data as {
      receipt: { submission: { receiptNumber: string }; repeated: boolean };
    };
    expect(page.receipt.repeated).toBe(false);
    expect(page.receipt.submission.receiptNumber).toMatch(/^OF\/2026\/\d{6}$/);

    const noConfirm = await settle(call(overviewAction, ctx, "/", { id: fresh }, { intent: "withdraw" }));
    expect(noConfirm.status).toBe(422);
    expect((noConfirm.data as { fieldErrors: object }).fieldErrors).toHaveProperty("confirm");
  });

  it("after the deadline: no forms, and a submission is refused with the deadline, the draft kept", async () => {
    const late = context(world, world.owner, "2026-04-10 15:00");
    const page = (await settle(call(overviewLoader, late, "/", { id: offerId }))).data as {
      workspace: { open: boolean; can: { submit: boolean; edit: boolean } };
    };
    expect(page.workspace.open).toBe(false);
    expect(page.workspace.can).toMatchObject({ submit: false, edit: false });
    const refused = await settle(call(overviewAction, late, "/", { id: offerId }, { intent: "submit" }));
    expect(refused.status).toBe(409);
    expect(refused.data).toMatchObject({ messageKey: "offer.error.deadlinePassed" });
  });

  it("someone outside the offerors gets 403; a malformed id 404", async () => {
    const ctx = context(world, world.outsider);
    expect((await settle(call(overviewLoader, ctx, "/", { id: offerId }))).status).toBe(403);
    expect((await settle(call(overviewLoader, ctx, "/", { id: "abc" }))).status).toBe(404);
  });
});
