import { eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { offerUpdates } from "../../platform/db/schema/updates";
import { formatMoney } from "../../platform/format/money";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { readCompetitionParameters } from "../competitions/read-competition-parameters";
import { findOfferInTenant } from "../offers/access";
import { readOfferors, tenantForOffers } from "../offers/offer-content";
import { requireUserId, validationError } from "../organizations/access";
import { reasonRecipients } from "../results/request-reasons";
import { organizationNameOf, requireRoundOf, updateLinks, updateSubjectOf } from "./access";
import { grantWithdrawnMail } from "./mail/update-mails";
import { assertCan } from "./policy";
import { type WithdrawFromGrantInput, WithdrawFromGrantSchema } from "./schemas";

/**
 * An owner or editor of an offeror withdraws from the grant awarded with less than asked
 * (rezygnacja, PROCESS.md §3), with the reason: the round becomes "withdrawn", audited, and the
 * office of the competition's department is told. The published result is not changed here — a
 * change of the results is the office's correction of the decision (domain/results). A repeat
 * (double click) finds the round withdrawn and writes nothing.
 */
export async function withdrawFromGrant(options: {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  appUrl: string;
  offerId: unknown;
  input: WithdrawFromGrantInput;
}): Promise<{ repeated: boolean }> {
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
    if (round.status === "withdrawn") {
      assertCan(subject, "view", { status: round.status, departmentId: competition.departmentId });
      return { repeated: true };
    }
    assertCan(subject, "withdraw", { status: round.status, departmentId: competition.departmentId });
    const parsed = WithdrawFromGrantSchema.safeParse(options.input);
    if (!parsed.success) throw validationError(parsed.error.issues);
    const now = options.clock.now();
    await tx
      .update(offerUpdates)
      .set({
        status: "withdrawn",
        withdrawalReason: parsed.data.reason,
        withdrawnAt: now,
        withdrawnBy: userId,
      })
      .where(eq(offerUpdates.id, round.id));
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "offer",
      entityId: offer.id,
      action: "updates.withdrawn",
      before: { updateId: round.id, status: round.status },
      after: { updateId: round.id, status: "withdrawn", reason: parsed.data.reason },
    });
    const tenant = await tenantForOffers(tx, options.tenantId);
    const organizationName = await organizationNameOf(tx, offer.organizationId);
    for (const to of await reasonRecipients(tx, options.tenantId, competition.departmentId))
      await enqueueMail(tx, {
        tenantId: options.tenantId,
        to: to.email,
        template: "updates.withdrawn",
        rendered: grantWithdrawnMail(to.locale, {
          tenantName: tenant.name,
          competitionTitle: competition.title,
          offerTitle: offer.title,
          organizationName,
          awarded: formatMoney(round.awardedAmount),
          reason: parsed.data.reason,
          link: updateLinks.office(options.appUrl, offer.id),
        }),
      });
    return { repeated: false };
  });
}
