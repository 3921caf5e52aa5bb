import { and, eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client.server";
import { scoreSheets } from "../../platform/db/schema/evaluation";
import { committeeOffers, competitionForMember } from "./access";
import { declarationText } from "./declaration";
import { allowedActions, assertCan } from "./policy";
import { scoringProgress } from "./score-visibility";

/**
 * A member's page of one committee. Before the declaration: its text (KPA art. 24) and the list of
 * offers by number and offeror, to declare a conflict with some — no content. After it: each offer
 * with the member's scoring status (excluded ones marked), others' totals once visible, the
 * dissenting note. FORBIDDEN for anyone outside this committee or removed from it.
 */
export async function getMemberCommittee(options: {
  db: Db;
  tenantId: string;
  userId: string | null;
  competitionId: unknown;
}) {
  const { db } = options;
  const { competition, committee, member, facts } = await competitionForMember(db, options);
  const committeeFacts = {
    competitionStatus: competition.status,
    scoringClosed: committee.scoringClosedAt !== null,
  };
  assertCan(facts, "committee.view", committeeFacts);
  const allowed = allowedActions(facts, committeeFacts);
  const offerList = await committeeOffers(db, competition.id);
  const base = {
    competition: { id: competition.id, title: competition.title, status: competition.status },
    member: {
      kind: member.kind,
      voting: member.voting,
      chair: member.chair,
      declaredAt: member.declaredAt,
      dissent: member.dissent ?? "",
    },
    allowed,
  };
  if (!member.declaredAt) {
    return {
      ...base,
      declared: false as const,
      declarationText: declarationText(competition.title),
      offers: offerList.map((o) => ({
        id: o.id,
        receiptNumber: o.receiptNumber,
        organizationName: o.organizationName,
        title: o.title,
      })),
    };
  }
  const sheets = await db
    .select()
    .from(scoreSheets)
    .where(and(eq(scoreSheets.memberId, member.id), eq(scoreSheets.competitionId, competition.id)));
  const progress = await scoringProgress(db, competition.id, committee);
  return {
    ...base,
    declared: true as const,
    scoresVisible: progress.visible,
    scoringComplete: progress.complete,
    offers: offerList.map((o) => {
      const sheet = sheets.find((s) => s.offerId === o.id);
      const excluded = facts?.excludedOfferIds.has(o.id) ?? false;
      return {
        ...o,
        excluded,
        myStatus: sheet?.submittedAt
          ? ("submitted" as const)
          : sheet
            ? ("draft" as const)
            : ("none" as const),
        myTotal: sheet?.submittedAt ? sheet.total : null,
        others:
          progress.visible && !excluded
            ? progress.totals
                .filter((t) => t.offerId === o.id && t.memberId !== member.id)
                .map((t) => ({ memberName: t.memberName, total: t.total }))
            : [],
      };
    }),
  };
}
