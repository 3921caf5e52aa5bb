import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "~/platform/clock/clock";
import { contracts, settlements } from "~/platform/db/schema/contracts";
import { useTestDatabase } from "~/test/db";
import { type ContractWorld, createContractWorld } from "../contracts/testing/factories";
import { TEST_APP_URL } from "../offers/testing/factories";
import { expectAppError } from "../organizations/testing/factories";
import { acceptedFinalReport } from "../reports/testing/factories";
import { auditOfAction, mailsOf } from "../results/testing/factories";
import { closeSettlement } from "./close-settlement";
import { confirmSettlement } from "./confirm-settlement";
import { getMemberSettlement } from "./get-member-settlement";
import { getOfficeSettlement } from "./get-office-settlement";
import { insertDemoInterestRates } from "./interest-rates";
import { markIneligible } from "./mark-ineligible";
import { recordReturn } from "./record-return";
import { removeIneligible } from "./remove-ineligible";
import { setBankInterest } from "./set-bank-interest";

const clock = fixedClock("2026-12-28T10:00:00Z");
const plain = (s = "") => s.replace(/[\u00a0\u202f]/g, " ");

describe("the settlement of a grant", () => {
  const t = useTestDatabase();
  let w: ContractWorld;
  let contractId: string;

  beforeAll(async () => {
    w = await createContractWorld(t.db);
    contractId = w.contract.contract.id;
    await insertDemoInterestRates(t.db, w.tenant.id);
  });

  const as = (staff = w.officer) => ({
    db: t.db,
    tenantId: w.tenant.id,
    actor: staff.actor,
    clock,
    appUrl: TEST_APP_URL,
    staffRoles: staff.staffRoles,
    contractId,
  });

  it("has nothing to confirm before the final report is accepted", async () => {
    const view = await getOfficeSettlement(as());
    expect(view.state.figures).toBeNull();
    expect(view.state.closeBlockedBy).toBe("settlement.blocked.noFinalReport");
    await expectAppError(confirmSettlement(as()), "CONFLICT", "settlement.error.noFinalReport");
    await expectAppError(getOfficeSettlement(as(w.otherOfficer)), "FORBIDDEN");
  });

  it("computes, marks, confirms once, records a late return with its interest and closes the file", async () => {
    // The plan: line 1 20 000,00 zł, line 2 1 600,00 zł (allowed with 20 %: 1 920,00 zł).
    await acceptedFinalReport(t.db, w, {
      lines: { "1": 1_900_000, "2": 200_000 },
      grantSpent: 900_000,
      interestEarned: 1_500,
      interestSpent: 300,
    });
    const received = (await getOfficeSettlement(as())).state.received;
    expect(received).toBe(950_000);

    await expectAppError(
      markIneligible({
        ...as(),
        input: { lineKey: "2", amount: "2 000,01", reason: "Faktura spoza okresu" },
      }),
      "VALIDATION",
    );
    await expectAppError(
      markIneligible({ ...as(), input: { lineKey: "3", amount: "100", reason: " " } }),
      "VALIDATION",
    );
    await markIneligible({
      ...as(),
      input: { lineKey: "1", amount: "123,45", reason: "Faktura spoza okresu" },
    });
    const again = await markIneligible({
      ...as(),
      input: { lineKey: "1", amount: "123,45", reason: "Faktura spoza okresu" },
    });
    expect(again.repeated).toBe(true);
    expect(await auditOfAction(t.db, "settlement.ineligibleMarked")).toHaveLength(1);
    await markIneligible({ ...as(), input: { lineKey: "2", amount: "10", reason: "Błąd" } });
    await removeIneligible({ ...as(), input: { lineKey: "2" } });

    let state = (await getOfficeSettlement(as())).state;
    // Unused 50 000; line 2 over the allowed 192 000 by 8 000; 12 345 ineligible; interest 1 200.
    expect(state.bankInterest).toBe(1_200);
    expect(state.computation?.lines.map((l) => l.overShift)).toEqual([0, 8_000]);
    expect(state.computation?.total).toBe(50_000 + 8_000 + 12_345 + 1_200);

    await setBankInterest({ ...as(), input: { bankInterest: "20,00" } });
    state = (await getOfficeSettlement(as())).state;
    expect(state.computation?.total).toBe(50_000 + 8_000 + 12_345 + 2_000);
    const total = 72_345;

    await confirmSettlement(as());
    expect((await confirmSettlement(as())).repeated).toBe(true);
    const mails = await mailsOf(t.db, w.full.owner.email, "settlement.confirmed");
    expect(mails).toHaveLength(1);
    expect(plain(mails[0]?.text)).toContain("723,45 zł");
    expect(plain(mails[0]?.text)).toContain("15 grudnia 2026");
    expect(plain(mails[0]?.text)).toContain("rachunek wskazany w umowie");
    expect(plain(mails[0]?.text)).toContain(`/panel/umowy/${contractId}/rozliczenie`);
    const [row] = await t.db.select().from(settlements).where(eq(settlements.contractId, contractId));
    expect(row).toMatchObject({ refundTotal: total, dueOn: "2026-12-15", status: "open" });

    await expectAppError(closeSettlement(as()), "CONFLICT", "settlement.blocked.principalOwed");
    await expectAppError(
      recordReturn({ ...as(), input: { kind: "principal", amount: "723,45", paidOn: "2026-12-29" } }),
      "VALIDATION",
    );
    await recordReturn({ ...as(), input: { kind: "principal", amount: "723,45", paidOn: "2026-12-25" } });
    expect(
      (await recordReturn({ ...as(), input: { kind: "principal", amount: "723,45", paidOn: "2026-12-25" } }))
        .repeated,
    ).toBe(true);
    state = (await getOfficeSettlement(as())).state;
    // 723,45 zł × 12 % × 10 days (16–25 December) / 365 = 2,38 zł → 2 zł: under the 8,70 zł threshold.
    expect(state.lateReturns).toEqual([expect.objectContaining({ days: 10, amount: 0 })]);
    expect(state.principalOwed).toBe(0);
    expect(state.closeBlockedBy).toBeNull();

    await closeSettlement(as());
    expect((await closeSettlement(as())).repeated).toBe(true);
    const [contract] = await t.db.select().from(contracts).where(eq(contracts.id, contractId));
    expect(contract?.status).toBe("settled");
    expect(await auditOfAction(t.db, "settlement.closed")).toHaveLength(1);
    expect(await auditOfAction(t.db, "contracts.settled")).toHaveLength(1);
    await expectAppError(
      markIneligible({ ...as(), input: { lineKey: "1", amount: "1", reason: "x" } }),
      "CONFLICT",
      "settlement.error.closed",
    );

    const member = await getMemberSettlement({
      db: t.db,
      tenantId: w.tenant.id,
      userId: w.full.viewer.id,
      clock,
      contractId,
    });
    expect(member.state?.row?.refundTotal).toBe(total);
  });
});

describe("interest for a late return (ufp art. 251 ust. 5; Ordynacja podatkowa art. 56, 63)", () => {
  const t = useTestDatabase();
  let w: ContractWorld;

  beforeAll(async () => {
    w = await createContractWorld(t.db);
    await insertDemoInterestRates(t.db, w.tenant.id);
    await acceptedFinalReport(t.db, w, { grantSpent: 100_000 });
  });

  it("is owed on principal paid after the due date and must be paid before the file closes", async () => {
    const o = {
      db: t.db,
      tenantId: w.tenant.id,
      actor: w.coordinator.actor,
      clock,
      appUrl: TEST_APP_URL,
      staffRoles: w.coordinator.staffRoles,
      contractId: w.contract.contract.id,
    };
    expect((await confirmSettlement(o)).total).toBe(850_000);
    await recordReturn({ ...o, input: { kind: "principal", amount: "8 500,00", paidOn: "2026-12-25" } });
    let state = (await getOfficeSettlement(o)).state;
    // 8 500,00 zł × 12 % × 10 days / 365 = 27,95 zł → 28 zł.
    expect(state.interestDue).toBe(2_800);
    expect(state.closeBlockedBy).toBe("settlement.blocked.interestOwed");
    await expectAppError(closeSettlement(o), "CONFLICT", "settlement.blocked.interestOwed");
    await recordReturn({ ...o, input: { kind: "interest", amount: "28", paidOn: "2026-12-27" } });
    state = (await getOfficeSettlement(o)).state;
    expect(state.interestOwed).toBe(0);
    await closeSettlement(o);
    expect((await getOfficeSettlement(o)).contract.status).toBe("settled");
  });
});

describe("a return paid before the final report is accepted", () => {
  const t = useTestDatabase();
  let w: ContractWorld;
  beforeAll(async () => {
    w = await createContractWorld(t.db);
  });

  it("is recorded, and the report's bank interest still counts once the report is accepted", async () => {
    const o = {
      db: t.db,
      tenantId: w.tenant.id,
      actor: w.officer.actor,
      clock,
      appUrl: TEST_APP_URL,
      staffRoles: w.officer.staffRoles,
      contractId: w.contract.contract.id,
    };
    await recordReturn({ ...o, input: { kind: "principal", amount: "100,00", paidOn: "2026-12-01" } });
    await acceptedFinalReport(t.db, w, { grantSpent: 900_000, interestEarned: 500 });
    const { state } = await getOfficeSettlement(o);
    expect(state.bankInterest).toBe(500);
    expect(state.computation?.total).toBe(50_000 + 500);
    expect(state.principalReturned).toBe(10_000);
  });
});
