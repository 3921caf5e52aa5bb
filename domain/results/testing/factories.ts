import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.server";
import { auditLog } from "../../../platform/db/schema/audit";
import { competitions } from "../../../platform/db/schema/competitions";
import { competitionDecisions, competitionResults } from "../../../platform/db/schema/evaluation";
import { mailOutbox } from "../../../platform/db/schema/mail";
import { organizations } from "../../../platform/db/schema/organizations";
import {
  createOfferor,
  createOfferWorld,
  type OfferWorld,
  startTestOffer,
  warsaw,
} from "../../offers/testing/factories";
import type { ResultStatus } from "../rules";

/*
 * Test factories of the results: the published snapshot written as the mayor's decision would
 * write it (domain/ranking/ does that for real; this folder only reads it), on top of real
 * competitions, organisations and offers.
 */

export interface TestResult {
  offerId: string;
  organizationId: string;
  status: ResultStatus;
  requested: number;
  awarded?: number;
  scoreHundredths?: number | null;
  rank?: number | null;
  registerNumber?: string;
  title?: string;
}

/**
 * A competition of the social department with four organisations, each with an offer (the first
 * is the world's own organisation): funded, funded, not funded and formally rejected, not yet
 * resolved — call publishTestResults to publish.
 */
export async function createResultsWorld(db: Db) {
  const world = await createOfferWorld(db);
  const orgs = [world.organizationId];
  const owners = [world.owner];
  for (let i = 0; i < 3; i++) {
    const other = await createOfferor(db, world.tenant.id);
    orgs.push(other.organizationId);
    owners.push(other.owner);
  }
  const offerIds: string[] = [];
  for (const [i, organizationId] of orgs.entries())
    offerIds.push(await startTestOffer(db, world, { organizationId, by: owners[i] }));
  return { ...world, orgs, offerIds };
}
export type ResultsWorld = Awaited<ReturnType<typeof createResultsWorld>>;

/** The default four results of createResultsWorld: 2 funded (one scored higher), 1 not funded, 1 rejected. */
export function defaultResults(world: ResultsWorld): TestResult[] {
  const at = (i: number) => ({ offerId: world.offerIds[i] ?? "", organizationId: world.orgs[i] ?? "" });
  return [
    { ...at(2), status: "not_funded", requested: 3_000_000, scoreHundredths: 3_050, rank: 3 },
    {
      ...at(0),
      status: "funded",
      requested: 1_900_000,
      awarded: 1_500_000,
      scoreHundredths: 5_250,
      rank: 1,
      registerNumber: "0000123456",
    },
    { ...at(3), status: "rejected_formally", requested: 500_000, scoreHundredths: null, rank: null },
    { ...at(1), status: "funded", requested: 2_000_000, awarded: 2_000_000, scoreHundredths: 4_500, rank: 2 },
  ];
}

/**
 * Publishes results as the decision would: the competition resolved, a decision row and one row
 * per offer (organisation name from the organisation, title "Zadanie <n>" unless given).
 */
export async function publishTestResults(
  db: Db,
  world: OfferWorld,
  rows: readonly TestResult[],
  options: { competitionId?: string; number?: string; decisionDate?: string; publishedAt?: Date } = {},
): Promise<string> {
  const competitionId = options.competitionId ?? world.competitionId;
  await db.update(competitions).set({ status: "resolved" }).where(eq(competitions.id, competitionId));
  const publishedAt = options.publishedAt ?? warsaw("2026-05-12 12:00");
  const [decision] = await db
    .insert(competitionDecisions)
    .values({
      tenantId: world.tenant.id,
      competitionId,
      kind: "decision",
      number: options.number ?? "123/2026",
      decisionDate: options.decisionDate ?? "2026-05-12",
      recordedBy: world.officer.user.id,
      recordedAt: publishedAt,
    })
    .returning({ id: competitionDecisions.id });
  if (!decision) throw new Error("decision not created");
  for (const [i, r] of rows.entries()) {
    const [org] = await db.select().from(organizations).where(eq(organizations.id, r.organizationId));
    if (!org) throw new Error("organisation missing");
    await db.insert(competitionResults).values({
      competitionId,
      offerId: r.offerId,
      tenantId: world.tenant.id,
      organizationId: r.organizationId,
      organizationName: org.name,
      registerNumber: r.registerNumber ?? org.krs ?? "",
      offerTitle: r.title ?? `Zadanie ${i + 1}`,
      requestedAmount: r.requested,
      awardedAmount: r.awarded ?? 0,
      scoreHundredths: r.scoreHundredths ?? null,
      rank: r.rank ?? null,
      status: r.status,
      decisionId: decision.id,
      publishedAt,
    });
  }
  return decision.id;
}

/** Audit lines of a competition with a given action, oldest first. */
export async function auditOfAction(db: Db, action: string) {
  return db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(asc(auditLog.id));
}

/** Mail queued to an address with a template. */
export async function mailsOf(db: Db, to: string, template: string) {
  return db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.to, to), eq(mailOutbox.template, template)));
}
