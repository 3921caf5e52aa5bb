import type { Actor } from "../../platform/audit/write-audit.server";
import type { Db } from "../../platform/db/client.server";
import { diffDocuments } from "../evaluation/version-diff";
import { ensureUpdateRounds, latestRoundOf, roundsOf, type StaffRoles } from "./access";
import { findOfficeOffer, versionOf } from "./office-access";
import { can } from "./policy";

/**
 * The update of an offer for the office (`office.view`: an officer of the competition's
 * department, a coordinator or an administrator): the round, the update's version against the
 * version it updates (field by field, domain/evaluation/version-diff.ts), the earlier rounds, and
 * whether the person may decide now. Opens the round first when the result asks for one.
 */
export async function getOfficeUpdate(options: {
  db: Db;
  tenantId: string;
  actor: Actor;
  staffRoles: StaffRoles;
  offerId: unknown;
}) {
  const { db } = options;
  const { offer, competition } = await findOfficeOffer(db, { ...options, action: "office.view" });
  await ensureUpdateRounds(db, { tenantId: options.tenantId, actor: options.actor, offerId: offer.id });
  const round = await latestRoundOf(db, offer.id);
  const base = {
    offer: { id: offer.id, title: offer.title },
    competition: { id: competition.id, title: competition.title, status: competition.status },
  };
  if (!round) return { ...base, round: null };
  const [from, to] = [
    await versionOf(db, offer.id, round.fromVersionId),
    await versionOf(db, offer.id, round.versionId),
  ];
  const version = (v: typeof from) =>
    v
      ? {
          id: v.id,
          number: v.number,
          kind: v.kind,
          receiptNumber: v.receiptNumber,
          submittedAt: v.submittedAt,
        }
      : null;
  return {
    ...base,
    round: {
      id: round.id,
      status: round.status,
      awardedAmount: round.awardedAmount,
      requestedAmount: round.requestedAmount,
      remarks: round.remarks,
      withdrawalReason: round.withdrawalReason,
      submittedAt: round.submittedAt,
      decidedAt: round.decidedAt,
      withdrawnAt: round.withdrawnAt,
    },
    from: version(from),
    to: version(to),
    diff: from && to ? diffDocuments(from.document, to.document) : [],
    history: (await roundsOf(db, offer.id))
      .slice(1)
      .map((r) => ({ id: r.id, status: r.status, createdAt: r.createdAt })),
    can: {
      decide:
        competition.status === "resolved" &&
        can({ memberRoles: [], staffRoles: options.staffRoles }, "decide", {
          status: round.status,
          departmentId: competition.departmentId,
        }),
    },
  };
}

export type OfficeUpdateView = Awaited<ReturnType<typeof getOfficeUpdate>>;
