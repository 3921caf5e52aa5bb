import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import { expectAppError } from "../organizations/testing/factories";
import { offerChecksum } from "./checksum.server";
import { getOfferVersion } from "./get-offer-version";
import type { StaffRoleName } from "./policy";
import { createOfferWorld, type OfferWorld, startTestOffer, submittedTestOffer } from "./testing/factories";

describe("getOfferVersion", () => {
  const t = useTestDatabase();

  const read = (
    world: OfferWorld,
    offerId: string,
    who: { userId: string | null; staffRoles?: { role: StaffRoleName; departmentId: string | null }[] },
    versionNumber: unknown = 1,
  ) =>
    getOfferVersion({
      db: t.db,
      tenantId: world.tenant.id,
      userId: who.userId,
      staffRoles: who.staffRoles ?? [],
      offerId,
      versionNumber,
    });

  it("gives the frozen document with its receipt to members and to the office of the competition's department", async () => {
    const world = await createOfferWorld(t.db);
    const submitted = await submittedTestOffer(t.db, world);
    for (const who of [
      { userId: world.viewer.id },
      { userId: world.officer.user.id, staffRoles: world.officer.staffRoles },
      { userId: world.coordinator.user.id, staffRoles: world.coordinator.staffRoles },
    ]) {
      const v = await read(world, submitted.offerId, who, "1");
      expect(v).toMatchObject({
        number: 1,
        receiptNumber: submitted.receiptNumber,
        checksum: submitted.checksum,
        tenantName: world.tenant.name,
      });
      expect(offerChecksum(v.document)).toBe(submitted.checksum);
    }
  });

  it("refuses outsiders and officers of other departments; no such version is NOT_FOUND", async () => {
    const world = await createOfferWorld(t.db);
    const submitted = await submittedTestOffer(t.db, world);
    await expectAppError(read(world, submitted.offerId, { userId: world.outsider.id }), "FORBIDDEN");
    await expectAppError(
      read(world, submitted.offerId, {
        userId: world.otherOfficer.user.id,
        staffRoles: world.otherOfficer.staffRoles,
      }),
      "FORBIDDEN",
    );
    await expectAppError(read(world, submitted.offerId, { userId: world.owner.id }, 2), "NOT_FOUND");
    await expectAppError(read(world, submitted.offerId, { userId: world.owner.id }, "1; drop"), "NOT_FOUND");
  });

  it("never shows a draft to the office", async () => {
    const world = await createOfferWorld(t.db);
    const draft = await startTestOffer(t.db, world);
    await expectAppError(
      read(world, draft, { userId: world.admin.user.id, staffRoles: world.admin.staffRoles }),
      "FORBIDDEN",
    );
  });
});
