import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "~/platform/clock/clock";
import { tenants } from "~/platform/db/schema/tenancy";
import { makePlIban } from "~/platform/validation/identifiers";
import { useTestDatabase } from "~/test/db";
import { type ContractWorld, createContractWorld } from "../contracts/testing/factories";
import { TEST_APP_URL } from "../offers/testing/factories";
import { remindReturns } from "../reminders/remind-returns";
import { acceptedFinalReport } from "../reports/testing/factories";
import { mailsOf } from "../results/testing/factories";
import { confirmSettlement } from "./confirm-settlement";
import { returnAccountOf } from "./recipients";

/*
 * The municipality's account for returns (tenant setting returnBankAccount, ufp art. 251) in the
 * letters that ask for a return: the settlement's confirmation and the reminder of a return due.
 */

const plain = (s = "") => s.replace(/[\u00a0\u202f]/g, " ");

describe("the account for returns in the settlement's letters", () => {
  const t = useTestDatabase();
  let w: ContractWorld;
  const iban = makePlIban("10202892", 777);
  const printed = `${iban.slice(0, 4)} ${iban
    .slice(4)
    .replace(/(\d{4})/g, "$1 ")
    .trim()}`;

  beforeAll(async () => {
    w = await createContractWorld(t.db);
    const [tenant] = await t.db.select().from(tenants).where(eq(tenants.id, w.tenant.id));
    await t.db
      .update(tenants)
      .set({ settings: { ...(tenant?.settings ?? {}), returnBankAccount: iban } })
      .where(eq(tenants.id, w.tenant.id));
  });

  it("names the account in the confirmation and in the reminder", async () => {
    expect(await returnAccountOf(t.db, w.tenant.id)).toBe(printed);
    await acceptedFinalReport(t.db, w, { grantSpent: 900_000 });
    await confirmSettlement({
      db: t.db,
      tenantId: w.tenant.id,
      actor: w.officer.actor,
      clock: fixedClock("2026-12-05T10:00:00Z"),
      appUrl: TEST_APP_URL,
      staffRoles: w.officer.staffRoles,
      contractId: w.contract.contract.id,
    });
    const confirmed = await mailsOf(t.db, w.full.owner.email, "settlement.confirmed");
    expect(plain(confirmed[0]?.text)).toContain(`na rachunek nr ${printed}.`);
    expect(plain(confirmed[0]?.text)).not.toContain("rachunek wskazany w umowie");

    await remindReturns({ db: t.db, clock: fixedClock("2026-12-08T08:00:00Z"), appUrl: TEST_APP_URL });
    const reminded = await mailsOf(t.db, w.full.owner.email, "reminders.returnDue");
    expect(reminded).toHaveLength(1);
    expect(plain(reminded[0]?.text)).toContain(`Wpłaty należy dokonać na rachunek nr ${printed}.`);
  });
});
