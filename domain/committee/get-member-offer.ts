import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../../platform/db/client.server";
import type { CompetitionCriterionJson } from "../../platform/db/schema/competitions";
import { scoreSheets } from "../../platform/db/schema/evaluation";
import { offers, offerVersions } from "../../platform/db/schema/offers";
import { AppError } from "../../platform/errors/app-error";
import type { OfferDocument } from "../offers/document";
import { tenantNameOf } from "../offers/offer-content";
import { isUuid } from "../organizations/access";
import { committeeFactsOf, competitionForMember, formalPassedOfferIds } from "./access";
import { assertCan, can } from "./policy";

/**
 * An offer's current submitted version for a committee member: only after the declaration, never
 * for an offer the member is excluded from (domain/committee/policy.ts, "offer.read"). The same
 * use case serves the page, the PDF and the JSON, so they refuse alike: FORBIDDEN for a
 * non-member, a removed or undeclared member or an excluded one; NOT_FOUND for an offer that is not
 * a submitted offer of this competition.
 */
export async function getMemberOffer(options: {
  db: Db;
  tenantId: string;
  userId: string | null;
  competitionId: unknown;
  offerId: unknown;
}) {
  const { db } = options;
  const { competition, committee, member, facts } = await competitionForMember(db, options);
  const offerId = isUuid(options.offerId) ? options.offerId : "";
  const committeeFacts = committeeFactsOf(competition, committee, offerId);
  assertCan(facts, "offer.read", committeeFacts);
  const version = await currentVersion(db, competition.id, offerId);
  const [sheet] = await db
    .select()
    .from(scoreSheets)
    .where(and(eq(scoreSheets.memberId, member.id), eq(scoreSheets.offerId, version.offerId)));
  const formalPassed = (await formalPassedOfferIds(db, competition.id)).has(version.offerId);
  return {
    competition: { id: competition.id, title: competition.title },
    criteria: competition.criteria as CompetitionCriterionJson[],
    ...version,
    tenantName: await tenantNameOf(db, options.tenantId),
    formalPassed,
    canScore: formalPassed && can(facts, "offer.score", committeeFacts),
    voting: member.voting,
    sheet: sheet
      ? { points: sheet.points, total: sheet.total, submittedAt: sheet.submittedAt }
      : { points: {}, total: 0, submittedAt: null },
  };
}

/** The offer's current submitted version, when it is a submitted offer of the competition. */
export async function currentVersion(db: DbOrTx, competitionId: string, offerId: string) {
  if (!isUuid(offerId)) throw new AppError("NOT_FOUND", "error.notFound");
  const [row] = await db
    .select({ offer: offers, version: offerVersions })
    .from(offers)
    .innerJoin(offerVersions, eq(offerVersions.id, offers.submittedVersionId))
    .where(
      and(eq(offers.id, offerId), eq(offers.competitionId, competitionId), eq(offers.status, "submitted")),
    );
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  return {
    offerId: row.offer.id,
    versionId: row.version.id,
    number: row.version.number,
    document: row.version.content as unknown as OfferDocument,
    checksum: row.version.checksum,
    receiptNumber: row.version.receiptNumber,
    submittedAt: row.version.submittedAt,
  };
}

/** The same, when only the offer is known (the JSON endpoint): its competition is the offer's own. */
export async function getMemberOfferById(options: {
  db: Db;
  tenantId: string;
  userId: string | null;
  offerId: unknown;
}) {
  if (!isUuid(options.offerId)) throw new AppError("NOT_FOUND", "error.notFound");
  const [row] = await options.db
    .select({ competitionId: offers.competitionId })
    .from(offers)
    .where(and(eq(offers.id, options.offerId), eq(offers.tenantId, options.tenantId)));
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  return getMemberOffer({ ...options, competitionId: row.competitionId });
}
