import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog } from "../../platform/db/schema/audit";
import { contractChangeRequests, contracts, contractVersions } from "../../platform/db/schema/contracts";
import { mailOutbox } from "../../platform/db/schema/mail";
import { useTestDatabase } from "../../test/db";
import { contentChecksum } from "../contracts/checksum.server";
import { readContractContent } from "../contracts/content";
import { type ContractWorld, createContractWorld } from "../contracts/testing/factories";
import { TEST_APP_URL } from "../offers/testing/factories";
import { actorOf, expectAppError } from "../organizations/testing/factories";
import { decideChangeRequest } from "./decide-change-request";
import { getOfficeChangeRequest } from "./get-change-request";
import { annexClock, changeInput, costsInput, shiftWithin, submitTestChange } from "./testing/factories";
import { withdrawChangeRequest } from "./withdraw-change-request";

describe("change requests and annexes", () => {
  const t = useTestDatabase();
  let w: ContractWorld;
  beforeEach(async () => {
    w = await createContractWorld(t.db);
  });
  const contractId = () => w.contract.contract.id;

  function decide(changeId: string, input: unknown, by = w.officer) {
    return decideChangeRequest({
      db: t.db,
      tenantId: w.tenant.id,
      actor: actorOf(by.user),
      clock: annexClock,
      appUrl: TEST_APP_URL,
      staffRoles: by.staffRoles,
      contractId: contractId(),
      changeId,
      input,
    });
  }

  async function mailsOf(template: string) {
    return t.db.select().from(mailOutbox).where(eq(mailOutbox.template, template));
  }

  async function auditActions() {
    const rows = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, "contract"), eq(auditLog.entityId, contractId())));
    return rows.map((r) => r.action);
  }

  it("submits once on a double click, tells the department's officer, and is audited", async () => {
    const [a, b] = await Promise.all([submitTestChange(t.db, w), submitTestChange(t.db, w)]);
    expect([a.repeated, b.repeated].sort()).toEqual([false, true]);
    expect(a.id).toBe(b.id);
    const rows = await t.db
      .select()
      .from(contractChangeRequests)
      .where(eq(contractChangeRequests.contractId, contractId()));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "submitted", baseVersion: 1, kinds: ["costs", "bank_account"] });
    const mail = await mailsOf("annexes.submitted");
    expect(mail.map((m) => m.to)).toContain(w.officer.user.email);
    expect(mail.map((m) => m.to)).toContain(w.coordinator.user.email);
    expect(mail.map((m) => m.to)).not.toContain(w.otherOfficer.user.email);
    expect(mail.map((m) => m.to)).not.toContain(w.full.owner.email);
    expect(mail[0]?.subject).toContain("Wniosek o zmianę umowy");
    expect(await auditActions()).toEqual(["annexes.submitted"]);
  });

  it("refuses the viewer, a changed grant and a request that changes nothing", async () => {
    await expectAppError(
      submitTestChange(t.db, { ...w, full: { ...w.full, owner: w.full.viewer } }),
      "FORBIDDEN",
    );
    const grant = await expectAppError(
      submitTestChange(
        t.db,
        w,
        changeInput({
          kinds: ["costs"],
          ...costsInput({ hours: "400", months: "8" }),
          sources: { grant: "20 000,00", financial: "1 600,00", personal: "1 000,00" },
        } as never),
      ),
      "VALIDATION",
    );
    expect(grant.fieldErrors["sources.grant"]?.[0]).toMatch(/^annexes\.error\.grantFixed/);
    await expectAppError(
      submitTestChange(
        t.db,
        w,
        changeInput({ kinds: ["costs"], ...costsInput({ hours: "400", months: "8" }) }),
      ),
      "VALIDATION",
      "annexes.error.nothingChanged",
    );
  });

  it("approves: the annex is a new version with the change applied, the contract follows it", async () => {
    const { id } = await submitTestChange(t.db, w);
    const decided = await decide(id, { decision: "approve" });
    expect(decided).toEqual({ status: "approved", annexNumber: 1, repeated: false });
    expect((await decide(id, { decision: "approve" })).repeated).toBe(true);
    const [contract] = await t.db.select().from(contracts).where(eq(contracts.id, contractId()));
    expect(contract).toMatchObject({
      currentVersion: 2,
      totalCost: 2_160_000,
      bankAccount: "PL27 1140 2004 0000 3002 0135 5387",
    });
    const versions = await t.db
      .select()
      .from(contractVersions)
      .where(eq(contractVersions.contractId, contractId()));
    const annex = versions.find((v) => v.number === 2);
    expect(annex).toMatchObject({ kind: "annex", annexNumber: 1, changeRequestId: id });
    const content = readContractContent(annex?.content ?? {});
    expect(annex?.checksum).toBe(contentChecksum(content));
    expect(content.document.calculation.rowValues).toEqual([1_960_000, 200_000]);
    const [request] = await t.db
      .select()
      .from(contractChangeRequests)
      .where(eq(contractChangeRequests.id, id));
    expect(request).toMatchObject({ status: "approved", annexVersionId: annex?.id });
    const mail = await mailsOf("annexes.approved");
    expect(mail.map((m) => m.to)).toContain(w.full.owner.email);
    expect(mail[0]?.subject).toContain("aneks nr 1");
    expect(await auditActions()).toEqual(["annexes.submitted", "annexes.approved"]);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, contractId()), eq(auditLog.action, "annexes.approved")));
    expect(entry?.before).toMatchObject({ changeRequestId: id, status: "submitted", currentVersion: 1 });
    expect(entry?.after).toMatchObject({ status: "approved", annexNumber: 1, currentVersion: 2 });
  });

  it("an annex of the schedule and the results moves the contract's dates and indicators", async () => {
    const { id } = await submitTestChange(
      t.db,
      w,
      changeInput({
        kinds: ["schedule", "results"],
        taskStart: "2026-05-01",
        taskEnd: "2027-01-31",
        actions: { "0": { start: "2026-05-01", end: "2027-01-31" } },
        indicators: {
          "0": { name: "Liczba godzin opieki", target: "450", monitoring: "Karty czasu pracy" },
          "1": { name: "Liczba rodzin", target: "20", monitoring: "Lista" },
        },
      } as never),
    );
    await decide(id, { decision: "approve" });
    const [contract] = await t.db.select().from(contracts).where(eq(contracts.id, contractId()));
    expect(contract).toMatchObject({ taskStart: "2026-05-01", taskEnd: "2027-01-31", currentVersion: 2 });
    const [annex] = await t.db
      .select()
      .from(contractVersions)
      .where(and(eq(contractVersions.contractId, contractId()), eq(contractVersions.number, 2)));
    const task = readContractContent(annex?.content ?? {}).document.sections.task;
    expect(task.actions[0]).toMatchObject({ start: "2026-05-01", end: "2027-01-31" });
    expect(task.indicators.map((i) => i.target)).toEqual(["450", "20"]);
  });

  it("refuses a request made on a version another annex has replaced", async () => {
    const first = await submitTestChange(t.db, w);
    const second = await submitTestChange(t.db, w, changeInput({ kinds: ["costs"], ...shiftWithin() }));
    await decide(first.id, { decision: "approve" });
    const view = await getOfficeChangeRequest({
      db: t.db,
      tenantId: w.tenant.id,
      staffRoles: w.officer.staffRoles,
      contractId: contractId(),
      changeId: second.id,
    });
    expect(view.stale).toBe(true);
    await expectAppError(decide(second.id, { decision: "approve" }), "CONFLICT", "annexes.error.staleBase");
    const third = await submitTestChange(t.db, w, changeInput({ kinds: ["costs"], ...shiftWithin() }));
    expect(await decide(third.id, { decision: "approve" })).toMatchObject({ annexNumber: 2 });
    const [contract] = await t.db.select().from(contracts).where(eq(contracts.id, contractId()));
    expect(contract?.currentVersion).toBe(3);
  });

  it("rejects with remarks only, refuses another department, and tells the organisation", async () => {
    const { id } = await submitTestChange(t.db, w);
    await expectAppError(decide(id, { decision: "approve" }, w.otherOfficer), "FORBIDDEN");
    const refused = await expectAppError(decide(id, { decision: "reject", remarks: " " }), "VALIDATION");
    expect(refused.fieldErrors.remarks).toEqual(["annexes.error.remarksRequired"]);
    expect(await decide(id, { decision: "reject", remarks: "Brak uzasadnienia kosztów." })).toMatchObject({
      status: "rejected",
    });
    const [mail] = await mailsOf("annexes.rejected");
    expect(mail?.subject).toContain("odrzucony");
    expect(await auditActions()).toEqual(["annexes.submitted", "annexes.rejected"]);
    await expectAppError(decide(id, { decision: "approve" }), "CONFLICT", "annexes.error.notSubmitted");
  });

  it("the organisation withdraws while the request waits; the viewer may not", async () => {
    const { id } = await submitTestChange(t.db, w);
    const withdraw = (by: { id: string; email: string }) =>
      withdrawChangeRequest({
        db: t.db,
        tenantId: w.tenant.id,
        actor: actorOf(by),
        contractId: contractId(),
        changeId: id,
      });
    await expectAppError(withdraw(w.full.viewer), "FORBIDDEN");
    expect(await withdraw(w.full.editor)).toEqual({ repeated: false });
    expect(await withdraw(w.full.editor)).toEqual({ repeated: true });
    await expectAppError(decide(id, { decision: "approve" }), "CONFLICT", "annexes.error.notSubmitted");
    expect(await auditActions()).toEqual(["annexes.submitted", "annexes.withdrawn"]);
  });
});
