import { eq } from "drizzle-orm";
import { RouterContextProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { offerClock, TEST_APP_URL } from "~/domain/offers/testing/factories";
import { createRankingWorld, type RankingWorld } from "~/domain/ranking/testing/factories";
import type { Db } from "~/platform/db/client.server";
import { competitionResults, proposedAmounts } from "~/platform/db/schema/evaluation";
import type { Services } from "~/platform/services.server";
import { useTestDatabase } from "~/test/db";
import { loader as docxLoader } from "../../routes/urzad.konkursy.$id.protokol[.]docx";
import { loader as pdfLoader } from "../../routes/urzad.konkursy.$id.protokol[.]pdf";
import { action as rankingAction, loader as rankingLoader } from "../../routes/urzad.konkursy.$id.ranking";
import {
  action as decisionAction,
  loader as decisionLoader,
} from "../../routes/urzad.konkursy.$id.rozstrzygniecie";
import {
  preferencesContext,
  requestInfoContext,
  servicesContext,
  tenantContext,
  viewerContext,
} from "../contexts";

/*
 * The ranking's pages through their loaders and actions on a real database: the ranking, the
 * proposed amounts (errors next to the cell, typed values kept), closing the scoring, the
 * protocol's files and the decision (403 for an officer of another department).
 */

type Staff = RankingWorld["officer"];

function contextFor(db: Db, world: RankingWorld, staff: Staff) {
  const ctx = new RouterContextProvider();
  ctx.set(servicesContext, {
    db,
    clock: offerClock("2026-04-28 09:00"),
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
  const u = staff.user;
  const sessionUser = {
    id: u.id,
    email: u.email,
    name: u.name,
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

const post = (path: string, fields: Record<string, string>) =>
  new Request(`http://localhost${path}`, { method: "POST", body: new URLSearchParams(fields) });
const get = (path: string) => new Request(`http://localhost${path}`);

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    const value = await promise;
    if (value instanceof Response) return value.status;
    const init = (value as { init?: { status?: number } }).init;
    return init?.status ?? 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    return (thrown as { init?: { status?: number } }).init?.status ?? 500;
  }
}

describe("ranking routes", () => {
  const t = useTestDatabase();

  it("shows the ranking, keeps typed amounts with the error by the cell, closes scoring, records the decision", async () => {
    const w = await createRankingWorld(t.db);
    const ctx = contextFor(t.db, w, w.officer);
    const base = `/urzad/konkursy/${w.competitionId}`;
    const params = { id: w.competitionId };

    const page = await rankingLoader({ request: get(`${base}/ranking`), context: ctx, params } as never);
    expect(page.ranking.offers.map((o) => o.rank)).toEqual([1, 2, null]);
    expect(page.allowed).toEqual({ run: true, decide: true });

    const refused = await rankingAction({
      request: post(`${base}/ranking`, { intent: "amounts", [`amount.${w.offerB}`]: "25 000,00" }),
      context: ctx,
      params,
    } as never);
    expect(await statusOf(Promise.resolve(refused))).toBe(422);
    const body = (
      refused as { data: { fieldErrors: Record<string, string[]>; values: Record<string, string> } }
    ).data;
    expect(body.fieldErrors[`amount.${w.offerB}`]).toEqual(["ranking.error.amountAboveRequested"]);
    expect(body.values[`amount.${w.offerB}`]).toBe("25 000,00");

    const saved = await rankingAction({
      request: post(`${base}/ranking`, { intent: "amounts", [`amount.${w.offerB}`]: "12 000,00" }),
      context: ctx,
      params,
    } as never);
    expect((saved as Response).headers.get("Location")).toBe(`${base}/ranking?komunikat=amountsSaved`);
    const [proposed] = await t.db.select().from(proposedAmounts).where(eq(proposedAmounts.offerId, w.offerB));
    expect(proposed?.amount).toBe(1_200_000);

    const closed = await rankingAction({
      request: post(`${base}/ranking`, { intent: "closeScoring" }),
      context: ctx,
      params,
    } as never);
    expect((closed as Response).headers.get("Location")).toContain("komunikat=scoringClosed");

    const pdf = (await pdfLoader({
      request: get(`${base}/protokol.pdf`),
      context: ctx,
      params,
    } as never)) as Response;
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    const docx = (await docxLoader({
      request: get(`${base}/protokol.docx`),
      context: ctx,
      params,
    } as never)) as Response;
    expect(docx.headers.get("Content-Disposition")).toContain("attachment");

    const other = contextFor(t.db, w, w.otherOfficer);
    expect(
      await statusOf(
        decisionLoader({ request: get(`${base}/rozstrzygniecie`), context: other, params } as never),
      ),
    ).toBe(403);
    expect(
      await statusOf(
        decisionAction({
          request: post(`${base}/rozstrzygniecie`, { number: "1/2026", date: "2026-04-30" }),
          context: other,
          params,
        } as never),
      ),
    ).toBe(403);

    const form = await decisionLoader({
      request: get(`${base}/rozstrzygniecie`),
      context: ctx,
      params,
    } as never);
    expect(form.decision).toBeNull();
    const fields = { number: "77/2026", date: "2026-04-30", [`awarded.${w.offerB}`]: "12 000,00" };
    const decided = await decisionAction({
      request: post(`${base}/rozstrzygniecie`, fields),
      context: ctx,
      params,
    } as never);
    expect((decided as Response).headers.get("Location")).toBe(
      `${base}/rozstrzygniecie?komunikat=decisionRecorded`,
    );
    const again = await decisionAction({
      request: post(`${base}/rozstrzygniecie`, fields),
      context: ctx,
      params,
    } as never);
    expect(await statusOf(Promise.resolve(again))).toBe(409);
    expect((again as { data: { messageKey: string } }).data.messageKey).toBe("ranking.error.alreadyDecided");
    const results = await t.db
      .select()
      .from(competitionResults)
      .where(eq(competitionResults.competitionId, w.competitionId));
    expect(results.find((r) => r.offerId === w.offerB)?.awardedAmount).toBe(1_200_000);

    const after = await decisionLoader({
      request: get(`${base}/rozstrzygniecie`),
      context: ctx,
      params,
    } as never);
    expect(after.decision?.number).toBe("77/2026");
    expect(after.allowed.decide).toBe(false);
  });
});
