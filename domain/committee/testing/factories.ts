import { eq } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.server";
import { competitions } from "../../../platform/db/schema/competitions";
import { formalChecks } from "../../../platform/db/schema/evaluation";
import { submitOffer } from "../../offers/submit-offer";
import {
  createOfferor,
  createOfferWorld,
  fillOffer,
  offerClock,
  startTestOffer,
  submittedTestOffer,
  TEST_APP_URL,
  warsaw,
} from "../../offers/testing/factories";
import { actorOf, createTestUser } from "../../organizations/testing/factories";
import { addCommitteeMember } from "../add-committee-member";
import { signDeclaration } from "../sign-declaration";

/** Test factories for the committee: real rows through the real use cases, never mocks. */

/** The moment committee tests act at: after the offer deadline (2026-04-10 15:00), in evaluation. */
export const committeeClock = () => offerClock("2026-04-20 09:00");

/**
 * A competition in evaluation (criteria: feasibility 0–30, costs 0–30) with two submitted offers
 * of two organisations (both passed the formal check unless told otherwise), its officer, and
 * three people with accounts: two for voting members and one for an expert.
 */
export async function createCommitteeWorld(db: Db, options: { formalPassed?: boolean } = {}) {
  const w = await createOfferWorld(db);
  const first = await submittedTestOffer(db, w);
  const second = await createOfferor(db, w.tenant.id, {
    profile: { representatives: [{ name: "Żaneta Łukasik", function: "Prezeska" }] },
  });
  const secondId = await startTestOffer(db, w, { by: second.owner, organizationId: second.organizationId });
  await fillOffer(db, w, secondId, { by: second.owner });
  await submitOffer({
    db,
    tenantId: w.tenant.id,
    actor: actorOf(second.owner),
    clock: offerClock(),
    appUrl: TEST_APP_URL,
    offerId: secondId,
  });
  await db.update(competitions).set({ status: "in_evaluation" }).where(eq(competitions.id, w.competitionId));
  const offerIds = [first.offerId, secondId];
  if (options.formalPassed !== false) for (const id of offerIds) await passFormalCheck(db, w, id);
  const people = {
    anna: await createTestUser(db, { name: "Anna Członkowska" }),
    bartek: await createTestUser(db, { name: "Bartek Oceniający" }),
    ewa: await createTestUser(db, { name: "Ewa Ekspertka" }),
  };
  return { ...w, offerIds, second, people };
}
export type CommitteeWorld = Awaited<ReturnType<typeof createCommitteeWorld>>;

/** Marks the offer's formal check as passed (the formal check's module writes this row for real). */
export async function passFormalCheck(
  db: Db,
  w: { tenant: { id: string }; competitionId: string },
  offerId: string,
) {
  await db
    .insert(formalChecks)
    .values({ offerId, tenantId: w.tenant.id, competitionId: w.competitionId, outcome: "passed" })
    .onConflictDoUpdate({ target: formalChecks.offerId, set: { outcome: "passed" } });
}

/** Adds a person to the committee as the world's officer; returns the member's id. */
export async function addTestMember(
  db: Db,
  w: CommitteeWorld,
  person: { email: string },
  kind: "staff" | "ngo" | "expert" = "staff",
) {
  const { memberId } = await addCommitteeMember({
    db,
    tenantId: w.tenant.id,
    actor: w.officer.actor,
    staffRoles: w.officer.staffRoles,
    competitionId: w.competitionId,
    input: { email: person.email, kind },
  });
  return memberId;
}

/** Signs the declaration as the person, declaring conflicts with the offers given. */
export async function declare(
  db: Db,
  w: CommitteeWorld,
  person: { id: string; email: string },
  conflictOfferIds: string[] = [],
) {
  await signDeclaration({
    db,
    tenantId: w.tenant.id,
    actor: actorOf(person),
    clock: committeeClock(),
    competitionId: w.competitionId,
    input: { confirm: "on", conflictOfferIds },
  });
}

export { warsaw };
