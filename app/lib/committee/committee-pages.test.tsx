import { describe, expect, it } from "vitest";
import { decideNomination } from "~/domain/committee/decide-nomination";
import { nominateCandidate } from "~/domain/committee/nominate-candidate";
import {
  addTestMember,
  type CommitteeWorld,
  committeeClock,
  createCommitteeWorld,
  declare,
} from "~/domain/committee/testing/factories";
import { updateCommitteeSettings } from "~/domain/committee/update-committee-settings";
import { createOfferor, TEST_APP_URL } from "~/domain/offers/testing/factories";
import { actorOf, createTestUser } from "~/domain/organizations/testing/factories";
import type { Db } from "~/platform/db/client.server";
import { useTestDatabase } from "~/test/db";
import {
  expectPage as expectRoutePage,
  type Person,
  renderRoute,
  routeContext,
  type StaffRoles,
} from "~/test/route-harness";
import MyCommittees, { loader as myLoader } from "../../routes/komisja._index";
import CommitteePage, { loader as committeeLoader } from "../../routes/komisja.$id._index";
import CommitteeOffer, { loader as offerLoader } from "../../routes/komisja.$id.oferty.$offerId";
import CommitteeCalls, { loader as callsLoader } from "../../routes/panel.komisje";
import OfficeCommittee, {
  action as officeAction,
  loader as officeLoader,
} from "../../routes/urzad.konkursy.$id.komisja";

/*
 * The committee's pages rendered from their real loaders' data: one h1 and a title each, every
 * message translated (no raw "committee." key left), the office's warning about a member named
 * among an applicant's representatives, and the refusal of an unknown e-mail next to the field.
 */

const contextFor = (db: Db, w: CommitteeWorld, person: Person, staff = false) =>
  routeContext(db, w.tenant, person, {
    clock: committeeClock(),
    staffRoles: staff ? (w.officer.staffRoles as StaffRoles) : [],
  });

const render = renderRoute;
const expectPage = (html: string) => expectRoutePage(html, /committee\.[a-z]+\.[a-zA-Z]/);

describe("committee pages", () => {
  const t = useTestDatabase();

  it("render for the officer, the members and the organisations", async () => {
    const w = await createCommitteeWorld(t.db);
    const [first] = w.offerIds as [string];
    const officer = w.officer.user;
    const args = (person: Person, url: string, params: object, staff = false) =>
      ({
        request: new Request(`${TEST_APP_URL}${url}`),
        params,
        context: contextFor(t.db, w, person, staff),
      }) as never;
    const namesake = await createTestUser(t.db, { name: "zaneta LUKASIK" });
    await addTestMember(t.db, w, namesake);
    await addTestMember(t.db, w, w.people.anna);
    await addTestMember(t.db, w, w.people.bartek);
    await addTestMember(t.db, w, w.people.ewa, "expert");
    const clock = committeeClock();
    const officeDeps = {
      db: t.db,
      tenantId: w.tenant.id,
      actor: w.officer.actor,
      staffRoles: w.officer.staffRoles,
      competitionId: w.competitionId,
      clock,
    };
    await updateCommitteeSettings({
      ...officeDeps,
      change: { kind: "nominationCall", input: { nominationDeadline: "2026-04-30 15:00" } },
    });
    const org = await createOfferor(t.db, w.tenant.id);
    const nominate = (email: string) =>
      nominateCandidate({
        db: t.db,
        tenantId: w.tenant.id,
        actor: actorOf(org.owner),
        clock,
        input: {
          competitionId: w.competitionId,
          organizationId: org.organizationId,
          candidateName: "Jan Kandydat",
          candidateEmail: email,
          statement: "Doświadczony.",
        },
      });
    const { nominationId } = await nominate("kandydat@example.pl");
    await nominate("drugi@example.pl");
    await decideNomination({
      ...officeDeps,
      appUrl: TEST_APP_URL,
      input: { nominationId, decision: "reject", decisionNote: "Brak konta" },
    });

    const office = await officeLoader(args(officer, "/", { id: w.competitionId }, true));
    const officeHtml = render(OfficeCommittee as never, office);
    expectPage(officeHtml);
    expect(officeHtml).toContain("zaneta LUKASIK figuruje wśród osób reprezentujących oferenta");
    expect(officeHtml).toContain("Przyjmij do komisji: Jan Kandydat");

    const form = new FormData();
    form.set("intent", "add");
    form.set("email", "nikogo-takiego@example.pl");
    form.set("kind", "staff");
    const refused = (await officeAction({
      request: new Request(`${TEST_APP_URL}/`, { method: "POST", body: form }),
      params: { id: w.competitionId },
      context: contextFor(t.db, w, officer, true),
    } as never)) as { data: unknown; init: { status: number } };
    expect(refused.init.status).toBe(422);
    const refusedHtml = render(OfficeCommittee as never, office, refused.data);
    expect(refusedHtml).toContain('id="add-email-error"');
    expect(refusedHtml).toContain("Nie ma konta z tym adresem e-mail");
    expect(refusedHtml).toContain('value="nikogo-takiego@example.pl"');

    const undeclared = await committeeLoader(args(w.people.anna, "/", { id: w.competitionId }));
    const undeclaredHtml = render(CommitteePage as never, undeclared);
    expectPage(undeclaredHtml);
    expect(undeclaredHtml).toContain("art. 24 § 1 pkt 1 KPA");
    expect(undeclaredHtml).not.toContain(`/oferty/${first}`);

    await declare(t.db, w, w.people.anna);
    const declaredHtml = render(
      CommitteePage as never,
      await committeeLoader(args(w.people.anna, "/", { id: w.competitionId })),
    );
    expectPage(declaredHtml);
    expect(declaredHtml).toContain(`/komisja/${w.competitionId}/oferty/${first}`);

    const offerHtml = render(
      CommitteeOffer as never,
      await offerLoader(args(w.people.anna, "/", { id: w.competitionId, offerId: first })),
    );
    expectPage(offerHtml);
    expect(offerHtml).toContain('name="points.feasibility"');
    expect(offerHtml).toContain("Przekaż ocenę");

    expectPage(render(MyCommittees as never, await myLoader(args(w.people.anna, "/", {}))));
    const callsHtml = render(CommitteeCalls as never, await callsLoader(args(org.owner, "/", {})));
    expectPage(callsHtml);
    expect(callsHtml).toContain("Zgłoś kandydata");
    const participantHtml = render(CommitteeCalls as never, await callsLoader(args(w.owner, "/", {})));
    expect(participantHtml).toContain("nie mogą wskazać kandydata");
  });
});
