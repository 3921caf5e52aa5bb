import { desc, eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { offerVersions } from "../../platform/db/schema/offers";
import { offerUpdates } from "../../platform/db/schema/updates";
import { AppError } from "../../platform/errors/app-error";
import { formatMoney } from "../../platform/format/money";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { readCompetitionParameters } from "../competitions/read-competition-parameters";
import { findOfferInTenant, offerRulesOf } from "../offers/access";
import { issuesToFieldErrors } from "../offers/checks";
import {
  attachedRequirements,
  readAttachments,
  readOfferors,
  readSections,
  tenantForOffers,
} from "../offers/offer-content";
import { freezeOfferVersion } from "../offers/submit-offer";
import { requireUserId } from "../organizations/access";
import { reasonRecipients } from "../results/request-reasons";
import { organizationNameOf, requireRoundOf, updateLinks, updateSubjectOf } from "./access";
import { updateSubmittedMail } from "./mail/update-mails";
import { assertCan } from "./policy";
import { updateIssues } from "./rules";

export interface SubmitUpdateOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  appUrl: string;
  offerId: unknown;
}

export interface SubmittedUpdate {
  versionId: string;
  number: number;
  receiptNumber: string;
  checksum: string;
  /** The update was already submitted (a double click): nothing new was written. */
  repeated: boolean;
}

/**
 * An owner or editor of an offeror submits the offer updated to the awarded amount (PROCESS.md §3):
 * in one transaction that locks the offer row first (a double click gives one version, the second
 * answers with it), checks what no longer fits (the grant must equal the award, the competition's
 * shares and caps still hold: VALIDATION by "section:field"), freezes the offer as a new version
 * of kind "update" replacing the last submitted one (freezeOfferVersion: its own receipt number and
 * checksum, mail to the offerors), marks the round submitted, audits it and tells the office.
 */
export async function submitUpdate(options: SubmitUpdateOptions): Promise<SubmittedUpdate> {
  const userId = requireUserId(options.actor);
  return options.db.transaction(async (tx) => {
    const offer = await findOfferInTenant(tx, options.tenantId, options.offerId, { forUpdate: true });
    const offerors = await readOfferors(tx, offer, userId);
    const competition = await readCompetitionParameters({
      db: tx,
      tenantId: options.tenantId,
      competitionId: offer.competitionId,
    });
    const subject = updateSubjectOf(offerors);
    const round = await requireRoundOf(tx, offer.id);
    const [latest] = await tx
      .select()
      .from(offerVersions)
      .where(eq(offerVersions.offerId, offer.id))
      .orderBy(desc(offerVersions.number))
      .limit(1);
    if (!latest) throw new AppError("CONFLICT", "updates.error.noRound");
    if (round.status === "submitted" && round.versionId === latest.id && latest.revision === offer.revision) {
      assertCan(subject, "view", { status: round.status, departmentId: competition.departmentId });
      return {
        versionId: latest.id,
        number: latest.number,
        receiptNumber: latest.receiptNumber,
        checksum: latest.checksum,
        repeated: true,
      };
    }
    assertCan(subject, "submit", { status: round.status, departmentId: competition.departmentId });
    if (competition.status !== "resolved") throw new AppError("CONFLICT", "updates.error.wrongStatus");
    const [{ sections }, attachments] = [
      await readSections(tx, offer.id),
      await readAttachments(tx, offer.id),
    ];
    const issues = updateIssues(
      sections,
      offerRulesOf(competition),
      {
        offerorIds: offerors.map((o) => o.organizationId),
        attachedRequirements: attachedRequirements(attachments),
      },
      round.awardedAmount,
    );
    if (issues.length > 0)
      throw new AppError("VALIDATION", "updates.error.doesNotFit", {
        fieldErrors: issuesToFieldErrors(issues),
      });
    if (latest.revision === offer.revision) throw new AppError("CONFLICT", "updates.error.nothingChanged");
    const now = options.clock.now();
    const frozen = await freezeOfferVersion(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      appUrl: options.appUrl,
      now,
      offer,
      offerors,
      competition: { ...competition, minGrant: null, maxGrant: null },
      latest,
      kind: "update",
    });
    await tx
      .update(offerUpdates)
      .set({ status: "submitted", versionId: frozen.versionId, submittedAt: now })
      .where(eq(offerUpdates.id, round.id));
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "offer",
      entityId: offer.id,
      action: "updates.submitted",
      before: { updateId: round.id, status: round.status, versionId: round.versionId },
      after: {
        updateId: round.id,
        status: "submitted",
        versionId: frozen.versionId,
        grant: round.awardedAmount,
      },
    });
    const tenant = await tenantForOffers(tx, options.tenantId);
    const organizationName = await organizationNameOf(tx, offer.organizationId);
    for (const to of await reasonRecipients(tx, options.tenantId, competition.departmentId))
      await enqueueMail(tx, {
        tenantId: options.tenantId,
        to: to.email,
        template: "updates.submitted",
        rendered: updateSubmittedMail(to.locale, {
          tenantName: tenant.name,
          competitionTitle: competition.title,
          offerTitle: sections.task.title,
          organizationName,
          awarded: formatMoney(round.awardedAmount),
          receiptNumber: frozen.receiptNumber,
          link: updateLinks.office(options.appUrl, offer.id),
        }),
      });
    return { ...frozen, repeated: false };
  });
}
