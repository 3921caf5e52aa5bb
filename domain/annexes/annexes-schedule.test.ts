import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { fixedClock } from "../../platform/clock/clock";
import { auditLog } from "../../platform/db/schema/audit";
import { contracts, contractVersions } from "../../platform/db/schema/contracts";
import { reports } from "../../platform/db/schema/reports";
import { useTestDatabase } from "../../test/db";
import { readContractContent } from "../contracts/content";
import { type ContractWorld, createContractWorld } from "../contracts/testing/factories";
import { TEST_APP_URL } from "../offers/testing/factories";
import { actorOf } from "../organizations/testing/factories";
import { sendReminders } from "../reminders/send-reminders-job.server";
import { settlementStateOf } from "../settlement/settlement-state";
import { decideChangeRequest } from "./decide-change-request";
import { getOfficeChangeRequest } from "./get-change-request";
import { annexClock, changeInput, submitTestChange } from "./testing/factories";

/*
 * An annex of the schedule on both databases: the contract world's task runs 2026-06-01 –
 * 2026-11-30 with a partial report (period to 2026-08-31, due 2026-09-30), a final one due
 * 2026-12-30 and a second instalment, unpaid, planned on 2026-09-01.
 */

describe("an annex of the schedule and the contract's reports", () => {
  const t = useTestDatabase();
  let w: ContractWorld;
  beforeEach(async () => {
    w = await createContractWorld(t.db);
  });
  const contractId = () => w.contract.contract.id;

  const scheduleChange = (taskEnd: string) =>
    changeInput({
      kinds: ["schedule"],
      justification: "Przesunięcie terminu zakończenia zadania.",
      taskStart: "2026-06-01",
      taskEnd,
      actions: { "0": { start: "2026-06-01", end: taskEnd } },
    } as never);

  const decide = (changeId: string) =>
    decideChangeRequest({
      db: t.db,
      tenantId: w.tenant.id,
      actor: actorOf(w.officer.user),
      clock: annexClock,
      appUrl: TEST_APP_URL,
      staffRoles: w.officer.staffRoles,
      contractId: contractId(),
      changeId,
      input: { decision: "approve" },
    });

  async function approve(taskEnd: string) {
    const { id } = await submitTestChange(t.db, w, scheduleChange(taskEnd));
    await decide(id);
  }

  const rowsOf = async () =>
    (await t.db.select().from(reports).where(eq(reports.contractId, contractId())))
      .map((r) => ({ kind: r.kind, status: r.status, periodEnd: r.periodEnd, dueOn: r.dueOn }))
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn));

  async function latestContent() {
    const [contract] = await t.db.select().from(contracts).where(eq(contracts.id, contractId()));
    const [version] = await t.db
      .select()
      .from(contractVersions)
      .where(
        and(
          eq(contractVersions.contractId, contractId()),
          eq(contractVersions.number, contract?.currentVersion ?? 0),
        ),
      );
    return { contract, content: readContractContent(version?.content ?? {}) };
  }

  it("a later end moves the final report in the version and its row; reminders and the return follow", async () => {
    const run = (at: string) => sendReminders({ db: t.db, clock: fixedClock(at), appUrl: TEST_APP_URL });
    const [finalRow] = await t.db
      .select()
      .from(reports)
      .where(and(eq(reports.contractId, contractId()), eq(reports.kind, "final")));
    expect((await run("2026-12-24T08:00:00Z")).reportsDue).toEqual([finalRow?.id]);
    await approve("2026-12-20");
    const { contract, content } = await latestContent();
    expect(content.reports).toEqual([
      { kind: "partial", periodStart: "2026-06-01", periodEnd: "2026-08-31", dueOn: "2026-09-30" },
      { kind: "final", periodStart: "2026-06-01", periodEnd: "2026-12-20", dueOn: "2027-01-19" },
    ]);
    expect(await rowsOf()).toEqual([
      { kind: "partial", status: "due", periodEnd: "2026-08-31", dueOn: "2026-09-30" },
      { kind: "final", status: "due", periodEnd: "2026-12-20", dueOn: "2027-01-19" },
    ]);
    // The reminder of the old date does not count for the new one.
    expect((await run("2026-12-28T08:00:00Z")).reportsDue).toEqual([]);
    expect((await run("2027-01-12T08:00:00Z")).reportsDue).toEqual([finalRow?.id]);
    if (!contract) throw new Error("no contract");
    expect((await settlementStateOf(t.db, contract, "2026-12-28")).dueOn).toBe("2027-01-04");
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, contractId()), eq(auditLog.action, "annexes.approved")));
    expect(entry?.before).toMatchObject({
      reports: [{ id: finalRow?.id, kind: "final", periodEnd: "2026-11-30", dueOn: "2026-12-30" }],
    });
    expect(entry?.after).toMatchObject({
      reports: [{ id: finalRow?.id, action: "moved", periodEnd: "2026-12-20", dueOn: "2027-01-19" }],
    });
  });

  it("a new year adds its annual report; going back deletes it while nothing was written", async () => {
    await approve("2027-03-31");
    expect(await rowsOf()).toEqual([
      { kind: "partial", status: "due", periodEnd: "2026-08-31", dueOn: "2026-09-30" },
      { kind: "annual", status: "due", periodEnd: "2026-12-31", dueOn: "2027-01-30" },
      { kind: "final", status: "due", periodEnd: "2027-03-31", dueOn: "2027-04-30" },
    ]);
    expect((await latestContent()).content.reports.map((r) => r.kind)).toEqual([
      "partial",
      "annual",
      "final",
    ]);
    await approve("2026-12-15");
    expect(await rowsOf()).toEqual([
      { kind: "partial", status: "due", periodEnd: "2026-08-31", dueOn: "2026-09-30" },
      { kind: "final", status: "due", periodEnd: "2026-12-15", dueOn: "2027-01-14" },
    ]);
  });

  it("an earlier end warns of the unpaid instalment after it; a submitted report keeps its dates", async () => {
    await t.db
      .update(reports)
      .set({ status: "submitted" })
      .where(and(eq(reports.contractId, contractId()), eq(reports.kind, "partial")));
    const { id } = await submitTestChange(t.db, w, scheduleChange("2026-08-15"));
    const view = await getOfficeChangeRequest({
      db: t.db,
      tenantId: w.tenant.id,
      staffRoles: w.officer.staffRoles,
      contractId: contractId(),
      changeId: id,
    });
    expect(view.diff.lateInstalments).toMatchObject({
      taskEnd: "2026-08-15",
      instalments: [{ position: 2, plannedOn: "2026-09-01" }],
    });
    expect(view.diff.fields.map((f) => f.field)).toEqual(
      expect.arrayContaining(["reports.partial.1.periodEnd", "reports.final.dueOn"]),
    );
    await decide(id);
    expect(await rowsOf()).toEqual([
      { kind: "final", status: "due", periodEnd: "2026-08-15", dueOn: "2026-09-14" },
      { kind: "partial", status: "submitted", periodEnd: "2026-08-31", dueOn: "2026-09-30" },
    ]);
    const { content } = await latestContent();
    expect(content.reports[0]).toMatchObject({
      kind: "partial",
      periodEnd: "2026-08-15",
      dueOn: "2026-09-14",
    });
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, contractId()), eq(auditLog.action, "annexes.approved")));
    expect(entry?.after).toMatchObject({
      reports: expect.arrayContaining([expect.objectContaining({ kind: "partial", action: "kept" })]),
    });
  });
});
