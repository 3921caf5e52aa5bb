import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "~/platform/clock/clock";
import { mailOutbox } from "~/platform/db/schema/mail";
import { useTestDatabase } from "~/test/db";
import { type ContractWorld, createContractWorld } from "../contracts/testing/factories";
import { TEST_APP_URL } from "../offers/testing/factories";
import { acceptedFinalReport } from "../reports/testing/factories";
import { confirmSettlement } from "../settlement/confirm-settlement";
import { sendReminders } from "./send-reminders-job.server";

const plain = (s = "") => s.replace(/[\u00a0\u202f]/g, " ");

describe("the daily reminders", () => {
  const t = useTestDatabase();
  let w: ContractWorld;

  beforeAll(async () => {
    w = await createContractWorld(t.db);
  });

  const run = (at: string) => sendReminders({ db: t.db, clock: fixedClock(at), appUrl: TEST_APP_URL });
  const mails = (template: string, to?: string) =>
    t.db
      .select()
      .from(mailOutbox)
      .where(
        to
          ? and(eq(mailOutbox.template, template), eq(mailOutbox.to, to))
          : eq(mailOutbox.template, template),
      );

  it("tells the department's officers and the coordinators of an instalment due within 3 days, once", async () => {
    expect((await run("2026-08-28T08:00:00Z")).instalments).toHaveLength(0);
    expect((await run("2026-08-29T08:00:00Z")).instalments).toHaveLength(1);
    expect((await run("2026-08-29T09:00:00Z")).instalments).toHaveLength(0);
    const toOfficer = await mails("reminders.instalmentDue", w.officer.user.email);
    expect(toOfficer).toHaveLength(1);
    expect(plain(toOfficer[0]?.text)).toContain("9 500,00 zł");
    expect(toOfficer[0]?.text).toContain("1 września 2026");
    expect(toOfficer[0]?.text).toContain(w.contract.contract.number);
    expect(await mails("reminders.instalmentDue", w.coordinator.user.email)).toHaveLength(1);
    expect(await mails("reminders.instalmentDue", w.otherOfficer.user.email)).toHaveLength(0);
    expect(await mails("reminders.instalmentDue", w.full.owner.email)).toHaveLength(0);
  });

  it("reminds the organisation of a report due in 7 days and of an overdue one, each once", async () => {
    expect((await run("2026-09-22T08:00:00Z")).reportsDue).toHaveLength(0);
    expect((await run("2026-09-23T08:00:00Z")).reportsDue).toHaveLength(1);
    expect((await run("2026-09-24T08:00:00Z")).reportsDue).toHaveLength(0);
    const due = await mails("reminders.reportDue", w.full.owner.email);
    expect(due).toHaveLength(1);
    expect(due[0]?.subject).toContain("30 września 2026");
    expect(due[0]?.text).toContain("sprawozdanie częściowe");
    expect(due[0]?.text).toContain(`${TEST_APP_URL}/panel/sprawozdania/`);
    expect((await run("2026-09-30T08:00:00Z")).reportsOverdue).toHaveLength(0);
    expect((await run("2026-10-01T08:00:00Z")).reportsOverdue).toHaveLength(1);
    expect((await run("2026-10-02T08:00:00Z")).reportsOverdue).toHaveLength(0);
    const overdue = await mails("reminders.reportOverdue", w.full.owner.email);
    expect(overdue).toHaveLength(1);
    expect(overdue[0]?.text).toContain("sprawozdania częściowego");
  });

  it("reminds of a confirmed return due within 7 days, once", async () => {
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
    expect((await run("2026-12-07T08:00:00Z")).returns).toHaveLength(0);
    expect((await run("2026-12-08T08:00:00Z")).returns).toHaveLength(1);
    expect((await run("2026-12-20T08:00:00Z")).returns).toHaveLength(0);
    const sent = await mails("reminders.returnDue", w.full.owner.email);
    expect(sent).toHaveLength(1);
    expect(plain(sent[0]?.text)).toContain("500,00 zł");
    expect(sent[0]?.text).toContain("15 grudnia 2026");
    expect(sent[0]?.text).toContain("rachunek wskazany w umowie");
  });
});
