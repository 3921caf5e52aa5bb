import { eq } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.server";
import { competitions } from "../../../platform/db/schema/competitions";
import {
  committeeExclusions,
  committeeMembers,
  committees,
  formalChecks,
  scoreSheets,
} from "../../../platform/db/schema/evaluation";
import { offers } from "../../../platform/db/schema/offers";
import type { CompetitionDraftInput } from "../../competitions/schemas";
import { transitionCompetition } from "../../competitions/transition-competition";
import { submitOffer } from "../../offers/submit-offer";
import {
  createOfferor,
  createOfferWorld,
  fillOffer,
  type OfferWorld,
  offerClock,
  startTestOffer,
  TEST_APP_URL,
  warsaw,
} from "../../offers/testing/factories";
import { actorOf, createTestUser } from "../../organizations/testing/factories";

/*
 * Test factories of the ranking. The formal check and the committee are other procedures' use
 * cases; the ranking only reads their tables, so these factories write those rows directly.
 */

/** Submits a complete offer of an organisation (its owner acting); returns the offer id. */
export async function submitOfferOf(
  db: Db,
  world: OfferWorld,
  offeror: { organizationId: string; owner: { id: string; email: string } } & Record<string, unknown>,
  at?: string,
): Promise<string> {
  const by = offeror.owner as OfferWorld["owner"];
  const offerId = await startTestOffer(db, world, { by, organizationId: offeror.organizationId });
  await fillOffer(db, world, offerId, { by });
  await submitOffer({
    db,
    tenantId: world.tenant.id,
    actor: actorOf(by),
    clock: offerClock(at),
    appUrl: TEST_APP_URL,
    offerId,
  });
  return offerId;
}

/** Moves the competition published → closed → in_evaluation (after its deadline). */
export async function startEvaluationOf(db: Db, world: OfferWorld): Promise<void> {
  await db.transaction(async (tx) => {
    for (const to of ["closed", "in_evaluation"] as const) {
      const [competition] = await tx
        .select()
        .from(competitions)
        .where(eq(competitions.id, world.competitionId));
      if (!competition) throw new Error("no competition");
      await transitionCompetition(tx, {
        competition,
        to,
        actor: world.officer.actor,
        now: warsaw("2026-04-11 09:00"),
      });
    }
  });
}

/** Records a formal outcome for an offer as the formal check would. */
export async function setFormalOutcome(
  db: Db,
  world: OfferWorld,
  offerId: string,
  outcome: "passed" | "rejected" | "pending" | "correction",
  reason: string | null = null,
) {
  const [offer] = await db.select().from(offers).where(eq(offers.id, offerId));
  await db.insert(formalChecks).values({
    offerId,
    tenantId: world.tenant.id,
    competitionId: world.competitionId,
    versionId: offer?.submittedVersionId ?? null,
    outcome,
    reason,
    decidedAt: warsaw("2026-04-15 10:00"),
    decidedBy: world.officer.user.id,
  });
}

/** A committee member (a new person) of the world's competition; voting unless an expert. */
export async function addCommitteeMember(
  db: Db,
  world: OfferWorld,
  options: { name: string; kind?: "staff" | "ngo" | "expert"; chair?: boolean; dissent?: string },
) {
  const user = await createTestUser(db, { name: options.name });
  const kind = options.kind ?? "staff";
  const [member] = await db
    .insert(committeeMembers)
    .values({
      tenantId: world.tenant.id,
      competitionId: world.competitionId,
      userId: user.id,
      kind,
      voting: kind !== "expert",
      chair: options.chair ?? false,
      declaredAt: warsaw("2026-04-16 09:00"),
      declarationText: "Oświadczam, że nie pozostaję w konflikcie interesów.",
      dissent: options.dissent ?? null,
      addedBy: world.officer.user.id,
    })
    .returning();
  if (!member) throw new Error("member not created");
  return { user, memberId: member.id };
}

/** A member's submitted score sheet of an offer with the given total. */
export async function addScore(db: Db, world: OfferWorld, memberId: string, offerId: string, total: number) {
  await db.insert(scoreSheets).values({
    memberId,
    offerId,
    tenantId: world.tenant.id,
    competitionId: world.competitionId,
    points: { feasibility: { points: total, justification: "Uzasadnienie." } },
    total,
    submittedAt: warsaw("2026-04-20 12:00"),
  });
}

export async function addExclusion(db: Db, memberId: string, offerId: string, reason: string) {
  await db.insert(committeeExclusions).values({ memberId, offerId, source: "declared", reason });
}

/**
 * The ranking's world: a competition in evaluation (pass threshold 30 points, funds
 * 881 280,00 zł) with three submitted offers of three organisations — A passed the formal check
 * and scored 20 and 25 (mean 22,50: below the threshold), B passed and scored 50 by the chair
 * only (the second member declared a conflict with B), C was rejected formally — and a
 * committee of two voting members (Jan Przewodniczący, chair; Ewa Członkini, NGO) and an expert.
 */
export async function createRankingWorld(db: Db, overrides: Partial<CompetitionDraftInput> = {}) {
  const world = await createOfferWorld(db, overrides);
  const orgB = await createOfferor(db, world.tenant.id, { profile: { name: "Fundacja Beta" } });
  const orgC = await createOfferor(db, world.tenant.id, { profile: { name: "Stowarzyszenie Gamma" } });
  const offerA = await submitOfferOf(db, world, world, "2026-03-25 10:00");
  const offerB = await submitOfferOf(db, world, orgB, "2026-03-26 10:00");
  const offerC = await submitOfferOf(db, world, orgC, "2026-03-27 10:00");
  await startEvaluationOf(db, world);
  await db.insert(committees).values({ competitionId: world.competitionId, tenantId: world.tenant.id });
  await setFormalOutcome(db, world, offerA, "passed");
  await setFormalOutcome(db, world, offerB, "passed");
  await setFormalOutcome(db, world, offerC, "rejected", "Oferta złożona przez podmiot nieuprawniony.");
  const chair = await addCommitteeMember(db, world, { name: "Jan Przewodniczący", chair: true });
  const second = await addCommitteeMember(db, world, {
    name: "Ewa Członkini",
    kind: "ngo",
    dissent: "Nie zgadzam się z oceną kalkulacji kosztów.",
  });
  const expert = await addCommitteeMember(db, world, { name: "Piotr Ekspert", kind: "expert" });
  await addExclusion(db, second.memberId, offerB, "Członek zarządu oferenta.");
  await addScore(db, world, chair.memberId, offerA, 20);
  await addScore(db, world, second.memberId, offerA, 25);
  await addScore(db, world, chair.memberId, offerB, 50);
  return { ...world, orgB, orgC, offerA, offerB, offerC, chair, second, expert };
}
export type RankingWorld = Awaited<ReturnType<typeof createRankingWorld>>;
