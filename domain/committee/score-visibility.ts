import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { scoreSheets } from "../../platform/db/schema/evaluation";
import { activeMembers, type CommitteeRow, exclusionsOfMembers, formalPassedOfferIds } from "./access";

/**
 * Whether every voting member has submitted a sheet for every offer to be scored (passed the
 * formal check) that they are not excluded from; and so whether members may see one another's
 * totals (always, when the committee does not hide them).
 */
export async function scoringProgress(
  db: DbOrTx,
  competitionId: string,
  committee: Pick<CommitteeRow, "hideScoresUntilComplete">,
) {
  const voting = (await activeMembers(db, competitionId)).filter((m) => m.member.voting);
  const passed = [...(await formalPassedOfferIds(db, competitionId))];
  const memberIds = voting.map((m) => m.member.id);
  const excluded = new Set(
    (await exclusionsOfMembers(db, memberIds)).map((e) => `${e.memberId}:${e.offerId}`),
  );
  const submitted = memberIds.length
    ? await db
        .select({ memberId: scoreSheets.memberId, offerId: scoreSheets.offerId, total: scoreSheets.total })
        .from(scoreSheets)
        .where(
          and(
            eq(scoreSheets.competitionId, competitionId),
            inArray(scoreSheets.memberId, memberIds),
            isNotNull(scoreSheets.submittedAt),
          ),
        )
    : [];
  const done = new Set(submitted.map((s) => `${s.memberId}:${s.offerId}`));
  const complete =
    voting.length > 0 &&
    passed.length > 0 &&
    voting.every((m) =>
      passed.every((o) => excluded.has(`${m.member.id}:${o}`) || done.has(`${m.member.id}:${o}`)),
    );
  const names = new Map(voting.map((m) => [m.member.id, m.name]));
  return {
    complete,
    visible: complete || !committee.hideScoresUntilComplete,
    /** Submitted totals per offer with the members' names. */
    totals: submitted.map((s) => ({ ...s, memberName: names.get(s.memberId) ?? "" })),
  };
}
