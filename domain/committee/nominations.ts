import { and, eq, gt, inArray, isNotNull, ne } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { competitions } from "../../platform/db/schema/competitions";
import { committees } from "../../platform/db/schema/evaluation";
import { offerPartners, offers } from "../../platform/db/schema/offers";

/** Shared reads of the nomination call: which calls are open, whether an organisation takes part. */

/** Competitions of the tenant in evaluation whose call for NGO candidates is open now. */
export async function openNominationCalls(db: DbOrTx, tenantId: string, now: Date) {
  return db
    .select({
      id: competitions.id,
      title: competitions.title,
      nominationDeadline: committees.nominationDeadline,
    })
    .from(committees)
    .innerJoin(competitions, eq(competitions.id, committees.competitionId))
    .where(
      and(
        eq(competitions.tenantId, tenantId),
        eq(competitions.status, "in_evaluation"),
        isNotNull(committees.nominationDeadline),
        gt(committees.nominationDeadline, now),
      ),
    )
    .orderBy(committees.nominationDeadline);
}

/**
 * The organisations (of those given) that submitted an offer in the competition, as leader or
 * partner, not withdrawn: they may not nominate (art. 15 ust. 2d UDPP).
 */
export async function participatingOrganizations(
  db: DbOrTx,
  competitionId: string,
  organizationIds: readonly string[],
): Promise<Set<string>> {
  if (organizationIds.length === 0) return new Set();
  const ids = [...organizationIds];
  const submitted = and(
    eq(offers.competitionId, competitionId),
    ne(offers.status, "withdrawn"),
    isNotNull(offers.submittedVersionId),
  );
  const leaders = await db
    .select({ id: offers.organizationId })
    .from(offers)
    .where(and(submitted, inArray(offers.organizationId, ids)));
  const partners = await db
    .select({ id: offerPartners.organizationId })
    .from(offerPartners)
    .innerJoin(offers, eq(offers.id, offerPartners.offerId))
    .where(and(submitted, inArray(offerPartners.organizationId, ids)));
  return new Set([...leaders, ...partners].map((r) => r.id));
}
