import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import { expectAppError } from "../organizations/testing/factories";
import { getOfferPreview } from "./get-offer-preview";
import { attachTestFile, createOfferWorld, fillOffer, startTestOffer } from "./testing/factories";

describe("getOfferPreview", () => {
  const t = useTestDatabase();

  it("assembles the current draft as the document a submission would freeze", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await startTestOffer(t.db, world);
    await fillOffer(t.db, world, offerId);
    await attachTestFile(t.db, offerId, { filename: "regulamin.pdf", bytes: "abc" });
    const preview = await getOfferPreview({
      db: t.db,
      tenantId: world.tenant.id,
      userId: world.viewer.id,
      offerId,
    });
    expect(preview.status).toBe("draft");
    expect(preview.tenantName).toBe(world.tenant.name);
    expect(preview.document).toMatchObject({
      offerId,
      template: "dz-u-2018-poz-2057-zal-1",
      basics: { competitionId: world.competitionId, authority: world.tenant.name },
      calculation: { total: 2_160_000 },
      attachments: [
        {
          requirement: null,
          filename: "regulamin.pdf",
          size: 3,
          sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        },
      ],
    });
    expect(preview.document.sections.task.title).toBe("Opieka wytchnieniowa dla rodzin");
  });

  it("is for the offerors' people only", async () => {
    const world = await createOfferWorld(t.db);
    const offerId = await startTestOffer(t.db, world);
    await expectAppError(
      getOfferPreview({ db: t.db, tenantId: world.tenant.id, userId: world.outsider.id, offerId }),
      "FORBIDDEN",
    );
    await expectAppError(
      getOfferPreview({ db: t.db, tenantId: world.tenant.id, userId: world.officer.user.id, offerId }),
      "FORBIDDEN",
    );
  });
});
