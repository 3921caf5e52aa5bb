import { eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { offerUpdates } from "../../platform/db/schema/updates";
import { AppError } from "../../platform/errors/app-error";
import { formatMoney } from "../../platform/format/money";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { offerorLetterRecipients, offerorsOf } from "../offers/access";
import { tenantForOffers } from "../offers/offer-content";
import { requireUserId, validationError } from "../organizations/access";
import { organizationNameOf, requireRoundOf, type StaffRoles, updateLinks } from "./access";
import { updateAcceptedMail, updateReturnedMail } from "./mail/update-mails";
import { findOfficeOffer } from "./office-access";
import { assertCan } from "./policy";
import { type UpdateDecisionInput, UpdateDecisionSchema } from "./schemas";

/**
 * The officer of the competition's department (or a coordinator, an administrator) accepts the
 * submitted update or returns it with remarks (PROCESS.md §3): the round becomes "accepted" or
 * "returned" (the organisation changes the task and costs again and resubmits), audited, and the
 * offerors are told by mail. The offer row is locked first, so a double click decides once: the
 * second finds the round already so decided and writes nothing.
 */
export async function decideUpdate(options: {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  appUrl: string;
  staffRoles: StaffRoles;
  offerId: unknown;
  input: UpdateDecisionInput;
}): Promise<{ status: "accepted" | "returned"; repeated: boolean }> {
  const userId = requireUserId(options.actor);
  return options.db.transaction(async (tx) => {
    const { offer, competition } = await findOfficeOffer(tx, {
      ...options,
      action: "decide",
      forUpdate: true,
    });
    const round = await requireRoundOf(tx, offer.id);
    const parsed = UpdateDecisionSchema.safeParse(options.input);
    const wanted = parsed.success
      ? ({ accept: "accepted", return: "returned" } as const)[parsed.data.decision]
      : null;
    if (wanted && round.status === wanted && round.decidedBy === userId)
      return { status: wanted, repeated: true };
    const subject = { memberRoles: [], staffRoles: options.staffRoles };
    assertCan(subject, "decide", { status: round.status, departmentId: competition.departmentId });
    if (competition.status !== "resolved") throw new AppError("CONFLICT", "updates.error.wrongStatus");
    if (!parsed.success || !wanted) throw validationError(parsed.error?.issues ?? []);
    const now = options.clock.now();
    const remarks = parsed.data.decision === "return" ? parsed.data.remarks : parsed.data.remarks || null;
    await tx
      .update(offerUpdates)
      .set({ status: wanted, remarks, decidedAt: now, decidedBy: userId })
      .where(eq(offerUpdates.id, round.id));
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "offer",
      entityId: offer.id,
      action: wanted === "accepted" ? "updates.accepted" : "updates.returned",
      before: { updateId: round.id, status: round.status },
      after: { updateId: round.id, status: wanted, versionId: round.versionId, remarks },
    });
    const tenant = await tenantForOffers(tx, options.tenantId);
    const offerors = await offerorsOf(tx, offer, null);
    const data = {
      tenantName: tenant.name,
      competitionTitle: competition.title,
      offerTitle: offer.title,
      organizationName: await organizationNameOf(tx, offer.organizationId),
      awarded: formatMoney(round.awardedAmount),
      link: updateLinks.ngo(options.appUrl, offer.id),
    };
    const recipients = await offerorLetterRecipients(tx, {
      organizationIds: offerors.map((o) => o.organizationId),
      roles: ["owner", "editor"],
    });
    for (const to of recipients)
      await enqueueMail(tx, {
        tenantId: options.tenantId,
        to: to.email,
        template: wanted === "accepted" ? "updates.accepted" : "updates.returned",
        rendered:
          wanted === "accepted"
            ? updateAcceptedMail(to.locale, data)
            : updateReturnedMail(to.locale, { ...data, remarks: remarks ?? "" }),
      });
    return { status: wanted, repeated: false };
  });
}
