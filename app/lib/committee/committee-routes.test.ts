import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addCommitteeMember } from "~/domain/committee/add-committee-member";
import {
  addTestMember,
  type CommitteeWorld,
  committeeClock,
  createCommitteeWorld,
  declare,
} from "~/domain/committee/testing/factories";
import { createPublished } from "~/domain/competitions/testing/factories";
import { TEST_APP_URL } from "~/domain/offers/testing/factories";
import type { Db } from "~/platform/db/client.server";
import { competitions } from "~/platform/db/schema/competitions";
import { useTestDatabase } from "~/test/db";
import { type Person, routeContext } from "~/test/route-harness";
import { loader as apiLoader } from "../../routes/api.v1.committee.offers.$offerId";
import { loader as committeeLoader } from "../../routes/komisja.$id._index";
import { loader as offerLoader, action as scoreAction } from "../../routes/komisja.$id.oferty.$offerId";
import { loader as pdfLoader } from "../../routes/komisja.$id.oferty.$offerId[.]pdf";
import { loader as officeVersionLoader } from "../../routes/urzad.oferty.$id.wersje.$numer";
import { loader as officePdfLoader } from "../../routes/urzad.oferty.$id.wersje.$numer[.]pdf";

/*
 * The committee's offer URLs through their loaders on a real database: a member without the
 * declaration is refused (403) every offer URL of the competition — the member's page, its PDF, the
 * JSON and the office's version page and PDF — and a declared member is served; a member excluded
 * from one offer is refused that offer only; a visitor gets 401 from the JSON, which is never cached.
 */

const contextFor = (db: Db, w: CommitteeWorld, person: Person | null) =>
  routeContext(db, w.tenant, person, { clock: committeeClock() });

async function statusOf(promise: unknown): Promise<number> {
  try {
    const value = await promise;
    return value instanceof Response ? value.status : 200;
  } catch (error) {
    if (error instanceof Response) return error.status;
    return (error as { init?: { status?: number } }).init?.status ?? 500;
  }
}

describe("committee offer routes", () => {
  const t = useTestDatabase();

  /** Every offer URL of the competition for one offer, as the person: [name, status]. */
  async function offerUrls(w: CommitteeWorld, person: Person | null, offerId: string) {
    const ctx = () => contextFor(t.db, w, person);
    const call = (fn: (args: never) => unknown, url: string, params: object) =>
      statusOf(fn({ request: new Request(`${TEST_APP_URL}${url}`), params, context: ctx() } as never));
    const base = `/komisja/${w.competitionId}/oferty/${offerId}`;
    const params = { id: w.competitionId, offerId };
    return {
      page: await call(offerLoader, base, params),
      pdf: await call(pdfLoader, `${base}.pdf`, params),
      api: await call(apiLoader, `/api/v1/committee/offers/${offerId}`, { offerId }),
      officeVersion: await call(officeVersionLoader, `/urzad/oferty/${offerId}/wersje/1`, {
        id: offerId,
        numer: "1",
      }),
      officePdf: await call(officePdfLoader, `/urzad/oferty/${offerId}/wersje/1.pdf`, {
        id: offerId,
        numer: "1",
      }),
    };
  }
  const all = (status: number, office = 403) => ({
    page: status,
    pdf: status,
    api: status,
    officeVersion: office,
    officePdf: office,
  });

  it("refuses every offer URL before the declaration, serves them after it, and refuses an excluded offer only", async () => {
    const w = await createCommitteeWorld(t.db);
    const [first, second] = w.offerIds as [string, string];
    const { anna, bartek, ewa } = w.people;
    await addTestMember(t.db, w, anna);
    await addTestMember(t.db, w, bartek);
    await addTestMember(t.db, w, ewa, "expert");
    for (const offerId of w.offerIds) expect(await offerUrls(w, anna, offerId)).toEqual(all(403));
    // the committee page itself shows the declaration form, not the offers' content
    const page = (await committeeLoader({
      request: new Request(`${TEST_APP_URL}/komisja/${w.competitionId}`),
      params: { id: w.competitionId },
      context: contextFor(t.db, w, anna),
    } as never)) as { view: { declared: boolean } };
    expect(page.view.declared).toBe(false);

    await declare(t.db, w, anna);
    await declare(t.db, w, bartek, [second]);
    await declare(t.db, w, ewa);
    for (const offerId of w.offerIds) expect(await offerUrls(w, anna, offerId)).toEqual(all(200));
    for (const offerId of w.offerIds) expect(await offerUrls(w, ewa, offerId)).toEqual(all(200));
    expect(await offerUrls(w, bartek, first)).toEqual(all(200));
    expect(await offerUrls(w, bartek, second)).toEqual(all(403));
    // outsiders and visitors
    expect(await offerUrls(w, w.outsider, first)).toEqual(all(403));
    const visitor = await offerUrls(w, null, first);
    expect(visitor.api).toBe(401);
    expect([visitor.page, visitor.pdf]).toEqual([302, 302]);
  });

  it("refuses a member of another competition's committee and never lets the JSON be cached", async () => {
    const w = await createCommitteeWorld(t.db);
    const [first] = w.offerIds as [string];
    const otherId = await createPublished(t.db, w, { title: "Inny konkurs" });
    await t.db.update(competitions).set({ status: "in_evaluation" }).where(eq(competitions.id, otherId));
    await addCommitteeMember({
      db: t.db,
      tenantId: w.tenant.id,
      actor: w.officer.actor,
      staffRoles: w.officer.staffRoles,
      competitionId: otherId,
      input: { email: w.people.bartek.email, kind: "staff" },
    });
    expect(await offerUrls(w, w.people.bartek, first)).toEqual(all(403));
    await addTestMember(t.db, w, w.people.anna);
    await declare(t.db, w, w.people.anna);
    const response = (await apiLoader({
      request: new Request(`${TEST_APP_URL}/api/v1/committee/offers/${first}`),
      params: { offerId: first },
      context: contextFor(t.db, w, w.people.anna),
    } as never)) as Response;
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(response.headers.get("Access-Control-Allow-Origin")).toBeNull();
    const body = (await response.json()) as {
      offerId: string;
      document: { basics: { competitionId: string } };
    };
    expect(body.offerId).toBe(first);
    expect(body.document.basics.competitionId).toBe(w.competitionId);
    const refused = (await apiLoader({
      request: new Request(`${TEST_APP_URL}/api/v1/committee/offers/${first}`),
      params: { offerId: first },
      context: contextFor(t.db, w, w.people.bartek),
    } as never)) as Response;
    expect(refused.status).toBe(403);
    expect(refused.headers.get("Cache-Control")).toBe("private, no-store");
  });

  it("keeps the typed scores with the errors next to the fields when a sheet is refused", async () => {
    const w = await createCommitteeWorld(t.db);
    const [first] = w.offerIds as [string];
    await addTestMember(t.db, w, w.people.anna);
    await declare(t.db, w, w.people.anna);
    const form = new FormData();
    form.set("intent", "submit");
    form.set("points.feasibility", "45");
    form.set("justification.feasibility", "Za dużo.");
    form.set("points.costs", "10");
    const result = (await scoreAction({
      request: new Request(`${TEST_APP_URL}/komisja/${w.competitionId}/oferty/${first}`, {
        method: "POST",
        body: form,
      }),
      params: { id: w.competitionId, offerId: first },
      context: contextFor(t.db, w, w.people.anna),
    } as never)) as {
      data: { fieldErrors: Record<string, string[]>; values: Record<string, string> };
      init: { status: number };
    };
    expect(result.init.status).toBe(422);
    expect(result.data.fieldErrors).toEqual({
      "points.feasibility": ['committee.error.pointsRange|{"max":30}'],
      "justification.costs": ["committee.error.justificationRequired"],
    });
    expect(result.data.values["points.feasibility"]).toBe("45");
  });
});
