import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { contractInstalments, contractVersions } from "~/platform/db/schema/contracts";
import { reports } from "~/platform/db/schema/reports";
import { useTestDatabase } from "~/test/db";
import { readContractContent } from "./content";
import { createContractWorld } from "./testing/factories";

describe("the contract test world", () => {
  const t = useTestDatabase();

  it("holds a contract in progress with its original version, two instalments (one paid) and two reports due", async () => {
    const world = await createContractWorld(t.db);
    const { contract } = world.contract;
    expect(contract.status).toBe("in_progress");
    const [version] = await t.db
      .select()
      .from(contractVersions)
      .where(eq(contractVersions.contractId, contract.id));
    expect(version?.checksum).toMatch(/^[0-9a-f]{64}$/);
    const content = readContractContent(version?.content ?? {});
    expect(content.document.sections.costs.rows.length).toBeGreaterThan(0);
    const instalments = await t.db
      .select()
      .from(contractInstalments)
      .where(eq(contractInstalments.contractId, contract.id));
    expect(instalments.reduce((s, i) => s + i.plannedAmount, 0)).toBe(contract.grantAmount);
    expect(instalments.filter((i) => i.paidOn).length).toBe(1);
    const due = await t.db.select().from(reports).where(eq(reports.contractId, contract.id));
    expect(due.map((r) => r.kind).sort()).toEqual(["final", "partial"]);
  });
});
