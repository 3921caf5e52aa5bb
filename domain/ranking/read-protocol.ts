import { asc, inArray } from "drizzle-orm";
import type { Clock } from "../../platform/clock/clock";
import type { DbOrTx } from "../../platform/db/client.server";
import { offerCorrections } from "../../platform/db/schema/evaluation";
import { findCompetitionInTenant, subjectOf } from "../competitions/access";
import { assertCan } from "../competitions/policy";
import { tenantNameOf } from "../offers/offer-content";
import type { StaffRoles } from "./access";
import type { ProtocolInput } from "./protocol";
import { readRanking } from "./read-ranking";

/**
 * What the committee's protocol needs, for the office (policy `evaluation.view`: an officer of
 * the competition's department, a coordinator or an administrator, during the evaluation and after).
 */
export async function readProtocol(options: {
  db: DbOrTx;
  tenantId: string;
  staffRoles: StaffRoles;
  clock: Clock;
  competitionId: unknown;
}): Promise<ProtocolInput> {
  const row = await findCompetitionInTenant(options.db, options.tenantId, options.competitionId);
  assertCan(subjectOf(options.staffRoles), "evaluation.view", row);
  const ranking = await readRanking({ db: options.db, tenantId: options.tenantId, competitionId: row.id });
  const offerIds = ranking.offers.map((o) => o.offerId);
  const corrections = offerIds.length
    ? await options.db
        .select()
        .from(offerCorrections)
        .where(inArray(offerCorrections.offerId, offerIds))
        .orderBy(asc(offerCorrections.requestedAt))
    : [];
  return {
    ranking,
    tenantName: await tenantNameOf(options.db, options.tenantId),
    now: options.clock.now(),
    corrections: corrections.map((k) => ({
      offerId: k.offerId,
      requestedAt: k.requestedAt,
      deadline: k.deadline,
      status: k.status,
      items: k.items.map((i) => (i.note ? `${i.label} (${i.note})` : i.label)),
    })),
  };
}
