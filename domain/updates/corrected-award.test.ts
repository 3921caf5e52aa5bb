import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { offerUpdates } from "~/platform/db/schema/updates";
import { formatMoney } from "~/platform/format/money";
import { useTestDatabase } from "~/test/db";
import { TEST_APP_URL } from "../offers/testing/factories";
import { actorOf } from "../organizations/testing/factories";
import { correctResult } from "../results/correct-result";
import { auditOfAction } from "../results/testing/factories";
import { ensureUpdateRounds } from "./access";
import { createUpdateWorld, updateClock } from "./testing/factories";

describe("a corrected award and the offer's update round", () => {
  const t = useTestDatabase();

  it("moves the live round to the corrected amount and sends a submitted update back", async () => {
    const w = await createUpdateWorld(t.db);
    const actor = actorOf(w.officer.user);
    await ensureUpdateRounds(t.db, { tenantId: w.tenant.id, actor, competitionId: w.competitionId });
    const roundOf = async (offerId: string) =>
      (await t.db.select().from(offerUpdates).where(eq(offerUpdates.offerId, offerId)))[0];
    // The other reduced offer's update was already submitted for the old amount.
    await t.db
      .update(offerUpdates)
      .set({ status: "submitted" })
      .where(eq(offerUpdates.offerId, w.reduced.offerId));
    const correct = (offerId: string, awardedAmount: string, number: string) =>
      correctResult({
        db: t.db,
        tenantId: w.tenant.id,
        actor,
        staffRoles: w.officer.staffRoles,
        clock: updateClock,
        appUrl: TEST_APP_URL,
        competitionId: w.competitionId,
        input: {
          offerId,
          status: "funded",
          awardedAmount,
          number,
          decisionDate: "2026-05-19",
          reason: "Błąd rachunkowy w zestawieniu kwot.",
        },
      });
    await correct(w.own.offerId, "16 000,00", "131/2026");
    expect(await roundOf(w.own.offerId)).toMatchObject({ status: "open", awardedAmount: 1_600_000 });
    await correct(w.reduced.offerId, "13 000,00", "132/2026");
    const sentBack = await roundOf(w.reduced.offerId);
    expect(sentBack).toMatchObject({ status: "returned", awardedAmount: 1_300_000 });
    expect(sentBack?.remarks).toContain("132/2026");
    expect(sentBack?.remarks).toContain(formatMoney(1_300_000));
    const audit = await auditOfAction(t.db, "updates.amountCorrected");
    expect(audit.map((a) => a.before)).toContainEqual(
      expect.objectContaining({ status: "submitted", awardedAmount: 1_200_000 }),
    );
  });
});
