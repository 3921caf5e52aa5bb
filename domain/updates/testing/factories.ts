import { fixedClock } from "../../../platform/clock/clock";
import type { Db } from "../../../platform/db/client.server";
import type { CostsSection } from "../../offers/sections";
import { submitOffer } from "../../offers/submit-offer";
import {
  completeSections,
  createOfferor,
  createOfferWorld,
  fillOffer,
  offerClock,
  startTestOffer,
  submittedTestOffer,
  TEST_APP_URL,
  warsaw,
} from "../../offers/testing/factories";
import { actorOf } from "../../organizations/testing/factories";
import { publishTestResults } from "../../results/testing/factories";

/*
 * Test factories of the update after the award: a resolved competition (published through the
 * results' test factory) with three submitted offers — the world's organisation's and another's
 * funded with less than asked, a third funded in full.
 */

/** The moment the update tests act at: after the results of 2026-05-12. */
export const updateClock = fixedClock(warsaw("2026-05-20 10:00"));

export async function createUpdateWorld(db: Db) {
  const world = await createOfferWorld(db);
  const own = await submittedTestOffer(db, world);
  const others = [];
  for (let i = 0; i < 2; i++) {
    const org = await createOfferor(db, world.tenant.id);
    const offerId = await startTestOffer(db, world, { organizationId: org.organizationId, by: org.owner });
    await fillOffer(db, world, offerId, { by: org.owner });
    await submitOffer({
      db,
      tenantId: world.tenant.id,
      actor: actorOf(org.owner),
      clock: offerClock(),
      appUrl: TEST_APP_URL,
      offerId,
    });
    others.push({ ...org, offerId });
  }
  const [reduced, full] = others as [(typeof others)[0], (typeof others)[0]];
  await publishTestResults(db, world, [
    {
      offerId: own.offerId,
      organizationId: world.organizationId,
      status: "funded",
      requested: 1_900_000,
      awarded: 1_500_000,
    },
    {
      offerId: reduced.offerId,
      organizationId: reduced.organizationId,
      status: "funded",
      requested: 1_900_000,
      awarded: 1_200_000,
    },
    {
      offerId: full.offerId,
      organizationId: full.organizationId,
      status: "funded",
      requested: 1_900_000,
      awarded: 1_900_000,
    },
  ]);
  return { ...world, own, reduced, full };
}
export type UpdateWorld = Awaited<ReturnType<typeof createUpdateWorld>>;

/**
 * Section V updated to a grant of 15 000,00 zł: 304 hours instead of 400, the same administrative
 * costs; own contribution 1 800,00 zł of 16 800,00 (10,7 %), financial 1 000,00 (5,95 %), admin
 * 1 600,00 (9,5 %). With `personal` lower the own share falls below the competition's 10 %.
 */
export function updatedCosts(options: { personal?: number } = {}): CostsSection {
  const base = completeSections().costs;
  const personal = options.personal ?? 80_000;
  const hours = (1_500_000 + 100_000 + personal - 160_000) / 5_000;
  return {
    ...base,
    rows: base.rows.map((r, i) => (i === 0 ? { ...r, units: hours * 100 } : r)),
    sources: { grant: 1_500_000, financial: 100_000, fees: 0, personal, inKind: 0 },
  };
}
