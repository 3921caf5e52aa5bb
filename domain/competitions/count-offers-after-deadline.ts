import type { DbOrTx } from "../../platform/db/client.server";

/**
 * How many offers each competition received by its deadline, for the public page, the list and
 * the API ("number of offers after the deadline"; the count is public only once the deadline has
 * passed, see AFTER_DEADLINE_STATUSES).
 *
 * SEAM FOR THE OFFERS ROUND: there are no offers yet, so every count is 0. When offers exist,
 * replace the body with one grouped query (no N+1): count submitted offers (latest submitted
 * version per offer, withdrawn ones excluded) where competition_id in (ids), group by
 * competition_id. Keep the signature: a Map from competition id to count, every id present.
 */
export async function countOffersAfterDeadline(
  _db: DbOrTx,
  options: { competitionIds: readonly string[] },
): Promise<Map<string, number>> {
  return new Map(options.competitionIds.map((id) => [id, 0]));
}
