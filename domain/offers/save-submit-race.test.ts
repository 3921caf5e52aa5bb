import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { offerSections, offers, offerVersions } from "../../platform/db/schema/offers";
import { useTestDatabase } from "../../test/db";
import { actorOf } from "../organizations/testing/factories";
import { saveOfferSection } from "./save-offer-section";
import { submitOffer } from "./submit-offer";
import {
  auditOfOffer,
  createOfferWorld,
  fillOffer,
  offerClock,
  sectionVersions,
  startTestOffer,
  TEST_APP_URL,
} from "./testing/factories";

/*
 * A save sent while the same offer is being submitted (ADR 015: the save reads its facts without
 * a lock and writes in one guarded statement). Whichever comes first, nothing is lost or half
 * done: either the frozen version carries the saved text, or the save landed after the freeze
 * and the offer shows unsubmitted changes; the section's version and the audit agree.
 */
describe("a save racing a submission", () => {
  const t = useTestDatabase();

  it("either lands in the frozen version or after it, never in between", async () => {
    const world = await createOfferWorld(t.db);
    for (let round = 0; round < 6; round++) {
      const offerId = await startTestOffer(t.db, world);
      await fillOffer(t.db, world, offerId);
      const versions = await sectionVersions(t.db, offerId);
      const text = `Doświadczenie, wersja z wyścigu ${round}`;
      const [saved, submitted] = await Promise.allSettled([
        saveOfferSection({
          db: t.db,
          tenantId: world.tenant.id,
          actor: actorOf(world.editor),
          clock: offerClock(),
          offerId,
          section: "profile",
          expectedVersion: versions.profile,
          content: { experience: text, resources: "Zasoby" },
        }),
        submitOffer({
          db: t.db,
          tenantId: world.tenant.id,
          actor: actorOf(world.owner),
          clock: offerClock(),
          appUrl: TEST_APP_URL,
          offerId,
        }),
      ]);
      expect(saved.status).toBe("fulfilled");
      expect(submitted.status).toBe("fulfilled");
      const [offer] = await t.db.select().from(offers).where(eq(offers.id, offerId));
      const [version] = await t.db
        .select()
        .from(offerVersions)
        .where(eq(offerVersions.offerId, offerId))
        .orderBy(desc(offerVersions.number));
      const frozen = JSON.stringify(version?.content ?? {});
      const rows = await t.db.select().from(offerSections).where(eq(offerSections.offerId, offerId));
      const profile = rows.find((r) => r.section === "profile");
      expect(profile?.version).toBe(versions.profile + 1);
      expect(JSON.stringify(profile?.content)).toContain(text);
      if (frozen.includes(text)) expect(version?.revision).toBe(offer?.revision);
      else expect(offer?.revision).toBe((version?.revision ?? 0) + 1);
      expect(offer?.status).toBe("submitted");
      const saves = (await auditOfOffer(t.db, offerId)).filter((a) => a.action === "offer.sectionSaved");
      expect(saves.at(-1)?.after).toMatchObject({ section: "profile", version: versions.profile + 1 });
    }
  });
});
