import { and, count, eq, inArray, isNotNull } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { offers } from "../../platform/db/schema/offers";

/**
 * How many offers each competition received by its deadline, for the public page, the list and
 * the API ("number of offers after the deadline"; the count is public only once the deadline has
 * passed, see AFTER_DEADLINE_STATUSES). One grouped query: offers submitted at least once and not
 * withdrawn (a submission is only possible before the deadline). A Map with every id present.
 */
export async function countOffersAfterDeadline(
  db: DbOrTx,
  options: { competitionIds: readonly string[] },
): Promise<Map<string, number>> {
  const counts = new Map(options.competitionIds.map((id) => [id, 0]));
  if (options.competitionIds.length === 0) return counts;
  const rows = await db
    .select({ competitionId: offers.competitionId, n: count() })
    .from(offers)
    .where(
      and(
        inArray(offers.competitionId, [...options.competitionIds]),
        eq(offers.status, "submitted"),
        isNotNull(offers.submittedVersionId),
      ),
    )
    .groupBy(offers.competitionId);
  for (const row of rows) counts.set(row.competitionId, Number(row.n));
  return counts;
}
