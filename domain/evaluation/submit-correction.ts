import { and, desc, eq, sql } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { formalChecks, offerCorrections } from "../../platform/db/schema/evaluation";
import { offerVersions } from "../../platform/db/schema/offers";
import { AppError } from "../../platform/errors/app-error";
import { readCompetitionParameters } from "../competitions/read-competition-parameters";
import { factsOf, findOfferInTenant, subjectOf } from "../offers/access";
import { readOfferors } from "../offers/offer-content";
import { assertCan } from "../offers/policy";
import { freezeOfferVersion } from "../offers/submit-offer";
import { requireUserId } from "../organizations/access";

export interface SubmitCorrectionOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  appUrl: string;
  offerId: unknown;
}

export interface SubmittedCorrection {
  versionId: string;
  number: number;
  receiptNumber: string;
  checksum: string;
  /** The correction was already submitted (a double click): nothing new was written. */
  repeated: boolean;
}

/**
 * An editor of an offeror submits the correction of formal defects before its deadline (UDPP
 * art. 15; ADR 012): the offer is frozen again as a new version of kind "correction" replacing
 * the checked one, with its own receipt number and checksum (domain/offers freezeOfferVersion),
 * the round becomes "corrected" and the formal check goes back to "pending" on the new version.
 * The offer row is locked first, so a double click gives one version (the second answers with it).
 */
export async function submitCorrection(options: SubmitCorrectionOptions): Promise<SubmittedCorrection> {
  const userId = requireUserId(options.actor);
  return options.db.transaction(async (tx) => {
    const offer = await findOfferInTenant(tx, options.tenantId, options.offerId, { forUpdate: true });
    const offerors = await readOfferors(tx, offer, userId);
    const competition = await readCompetitionParameters({
      db: tx,
      tenantId: options.tenantId,
      competitionId: offer.competitionId,
    });
    assertCan(subjectOf(offerors), "submit", factsOf(offer, competition.departmentId));
    const [round] = await tx
      .select()
      .from(offerCorrections)
      .where(eq(offerCorrections.offerId, offer.id))
      .orderBy(desc(offerCorrections.requestedAt))
      .limit(1);
    if (!round) throw new AppError("CONFLICT", "evaluation.error.noOpenCorrection");
    const [latest] = await tx
      .select()
      .from(offerVersions)
      .where(eq(offerVersions.offerId, offer.id))
      .orderBy(desc(offerVersions.number))
      .limit(1);
    if (!latest) throw new AppError("CONFLICT", "evaluation.error.noOpenCorrection");
    if (
      round.status === "corrected" &&
      round.correctedVersionId === latest.id &&
      latest.revision === offer.revision
    )
      return {
        versionId: latest.id,
        number: latest.number,
        receiptNumber: latest.receiptNumber,
        checksum: latest.checksum,
        repeated: true,
      };
    if (round.status !== "open" || competition.status !== "in_evaluation")
      throw new AppError("CONFLICT", "evaluation.error.noOpenCorrection");
    const now = options.clock.now();
    if (now.getTime() >= round.deadline.getTime())
      throw new AppError("CONFLICT", "evaluation.error.correctionExpired", {
        details: { deadline: round.deadline.toISOString() },
      });
    if (latest.revision === offer.revision) throw new AppError("CONFLICT", "evaluation.error.nothingChanged");

    const frozen = await freezeOfferVersion(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      appUrl: options.appUrl,
      now,
      offer,
      offerors,
      competition,
      latest,
      kind: "correction",
    });
    await tx
      .update(offerCorrections)
      .set({ status: "corrected", correctedVersionId: frozen.versionId, resolvedAt: now })
      .where(and(eq(offerCorrections.id, round.id), eq(offerCorrections.status, "open")));
    await tx
      .update(formalChecks)
      .set({
        versionId: frozen.versionId,
        outcome: "pending",
        reason: null,
        decidedBy: null,
        decidedAt: null,
        version: sql`${formalChecks.version} + 1`,
        updatedBy: userId,
        updatedAt: now,
      })
      .where(eq(formalChecks.offerId, offer.id));
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "offer",
      entityId: offer.id,
      action: "evaluation.correctionSubmitted",
      before: { correctionId: round.id, status: "open", versionId: round.fromVersionId },
      after: {
        correctionId: round.id,
        status: "corrected",
        versionId: frozen.versionId,
        formalCheck: "pending",
      },
    });
    return { ...frozen, repeated: false };
  });
}
