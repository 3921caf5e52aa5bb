import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { contracts } from "~/platform/db/schema/contracts";
import { useTestDatabase } from "~/test/db";
import { createContractWorld } from "../contracts/testing/factories";
import { updateClock } from "../updates/testing/factories";
import { listGrants } from "./list-grants";

describe("a grant's contract in the open data", () => {
  const t = useTestDatabase();

  it("shows the contract's status only once it is signed, with the instalments paid", async () => {
    const world = await createContractWorld(t.db);
    const grantOf = async () => {
      const list = await listGrants({
        db: t.db,
        tenantId: world.tenant.id,
        clock: updateClock,
        query: { year: 2026 },
      });
      return list.items.find((g) => g.organizationId === world.full.organizationId);
    };
    expect(await grantOf()).toMatchObject({
      contractStatus: "in_progress",
      paid: Math.floor(world.contract.contract.grantAmount / 2),
    });
    for (const status of ["draft", "sent"] as const) {
      await t.db.update(contracts).set({ status }).where(eq(contracts.id, world.contract.contract.id));
      expect((await grantOf())?.contractStatus).toBeNull();
    }
  });
});
