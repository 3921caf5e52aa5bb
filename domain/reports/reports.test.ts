import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { reports, reportVersions } from "~/platform/db/schema/reports";
import { useTestDatabase } from "~/test/db";
import { type ContractWorld, createContractWorld } from "../contracts/testing/factories";
import { TEST_APP_URL } from "../offers/testing/factories";
import { actorOf, expectAppError } from "../organizations/testing/factories";
import { auditOfAction, mailsOf } from "../results/testing/factories";
import { decideReport } from "./decide-report";
import { settlementFiguresOf } from "./read-accepted-final";
import { saveReportSection } from "./save-report-section";
import { submitReport } from "./submit-report";
import { acceptedFinalReport, fillReport, reportClock, reportOf, submittedReport } from "./testing/factories";

type Person = { id: string; email: string };

describe("reports on the task", () => {
  const t = useTestDatabase();
  let w: ContractWorld;

  beforeEach(async () => {
    w = await createContractWorld(t.db);
  });

  const base = () => ({ db: t.db, tenantId: w.tenant.id, clock: reportClock(), appUrl: TEST_APP_URL });
  const submit = (reportId: string, by: Person = w.full.owner) =>
    submitReport({ ...base(), actor: actorOf(by), reportId });
  const decide = (reportId: string, input: Parameters<typeof decideReport>[0]["input"], staff = w.officer) =>
    decideReport({ ...base(), actor: actorOf(staff.user), staffRoles: staff.staffRoles, reportId, input });
  const save = (
    reportId: string,
    section: string,
    revision: number,
    values: unknown,
    by: Person = w.full.owner,
  ) => saveReportSection({ ...base(), actor: actorOf(by), reportId, section, revision, values });

  it("saves a section (due → draft) and refuses a stale save", async () => {
    const report = await reportOf(t.db, w, "partial");
    const saved = await save(report.id, "additional", report.revision, { additionalInfo: "Uwagi." });
    expect(saved.revision).toBe(report.revision + 1);
    const [row] = await t.db.select().from(reports).where(eq(reports.id, report.id));
    expect(row?.status).toBe("draft");
    expect(saved.content.additionalInfo).toBe("Uwagi.");
    await expectAppError(
      save(report.id, "additional", report.revision, { additionalInfo: "Inne." }),
      "CONFLICT",
      "reports.error.stale",
    );
    expect((await auditOfAction(t.db, "reports.sectionSaved")).length).toBe(1);
  });

  it("refuses the viewer, another organisation and an actual grant above the grant paid", async () => {
    const report = await reportOf(t.db, w, "partial");
    await expectAppError(save(report.id, "additional", 1, {}, w.full.viewer), "FORBIDDEN");
    await expectAppError(save(report.id, "additional", 1, {}, w.owner), "FORBIDDEN");
    await expectAppError(submit(report.id, w.full.viewer), "FORBIDDEN");
    await expectAppError(submit(report.id, w.owner), "FORBIDDEN");
    const err = await save(report.id, "financial", 1, { sources: { grant: "1 000 000,00" } }).catch((e) => e);
    expect(err.fieldErrors["sources.grant"]).toEqual(["reports.error.grantOverPaid"]);
  });

  it("refuses to submit with a line over the allowed shift unexplained, then submits once", async () => {
    const report = await reportOf(t.db, w, "final");
    await fillReport(t.db, w, report.id, { lines: { "2": { actual: 200_000, explanation: "" } } });
    const err = await submit(report.id).catch((e) => e);
    expect(err.code).toBe("VALIDATION");
    expect(err.fieldErrors["financial:costLines.1.explanation"]).toEqual(["reports.error.explainShift"]);
    const [row] = await t.db.select().from(reports).where(eq(reports.id, report.id));
    const fixed = await save(report.id, "financial", row?.revision ?? 0, {
      costLines: { "1": { actual: 200_000, explanation: "Droższa obsługa księgowa." } },
      sources: { grant: 950_000, financial: 1_150_000, personal: 100_000, inKind: 0 },
    });
    expect(fixed.content.costLines[1]?.explanation).toBe("Droższa obsługa księgowa.");
    const [first, second] = await Promise.all([submit(report.id), submit(report.id)]);
    expect(first?.receiptNumber).toMatch(/^SPR\/2026\/\d{6}$/);
    expect(second?.receiptNumber).toBe(first?.receiptNumber);
    expect([first?.repeated, second?.repeated].sort()).toEqual([false, true]);
    expect(first?.checksum).toMatch(/^[0-9a-f]{64}$/);
    const versions = await t.db.select().from(reportVersions).where(eq(reportVersions.reportId, report.id));
    expect(versions).toHaveLength(1);
    expect(await mailsOf(t.db, w.officer.user.email, "reports.submitted")).toHaveLength(1);
    expect(await mailsOf(t.db, w.coordinator.user.email, "reports.submitted")).toHaveLength(1);
    expect(await mailsOf(t.db, w.otherOfficer.user.email, "reports.submitted")).toHaveLength(0);
  });

  it("numbers receipts per tenant and year", async () => {
    const a = await submittedReport(t.db, w, { kind: "partial" });
    const b = await submittedReport(t.db, w, { kind: "final" });
    expect(Number(b.receiptNumber.slice(9))).toBe(Number(a.receiptNumber.slice(9)) + 1);
  });

  it("returns a report with remarks and a default deadline, the organisation resubmits as version 2", async () => {
    const s = await submittedReport(t.db, w, { kind: "final" });
    await expectAppError(decide(s.reportId, { decision: "accept" }, w.otherOfficer), "FORBIDDEN");
    await expectAppError(decide(s.reportId, { decision: "return", remarks: "" }), "VALIDATION");
    expect((await decide(s.reportId, { decision: "return", remarks: "Brak opisu działań." })).status).toBe(
      "returned",
    );
    const [row] = await t.db.select().from(reports).where(eq(reports.id, s.reportId));
    expect(row?.remarks).toBe("Brak opisu działań.");
    expect(row?.correctionDueOn).toBe("2026-12-17");
    expect(await mailsOf(t.db, w.full.owner.email, "reports.returned")).toHaveLength(1);
    await save(s.reportId, "additional", row?.revision ?? 0, { additionalInfo: "Poprawione." });
    const again = await submit(s.reportId);
    expect(again.number).toBe(2);
    expect(again.receiptNumber).not.toBe(s.receiptNumber);
    expect((await decide(s.reportId, { decision: "accept" })).status).toBe("accepted");
    expect((await decide(s.reportId, { decision: "accept" })).repeated).toBe(true);
    await expectAppError(
      decide(s.reportId, { decision: "accept" }, w.coordinator),
      "CONFLICT",
      "reports.error.notSubmitted",
    );
    await expectAppError(save(s.reportId, "additional", 99, {}), "CONFLICT", "reports.error.notEditable");
    expect(await mailsOf(t.db, w.full.owner.email, "reports.accepted")).toHaveLength(1);
    expect(await auditOfAction(t.db, "reports.accepted")).toHaveLength(1);
  });

  it("gives the settlement the accepted final report's figures", async () => {
    expect(await settlementFiguresOf(t.db, w.contract.contract.id)).toBeNull();
    const s = await acceptedFinalReport(t.db, w, {
      payAllInstalments: true,
      grantSpent: 1_800_000,
      lines: { "1": 1_900_000 },
      interestEarned: 5_000,
      interestSpent: 1_000,
      otherIncome: 2_000,
    });
    const figures = await settlementFiguresOf(t.db, w.contract.contract.id);
    expect(figures).toMatchObject({
      reportId: s.reportId,
      versionId: s.versionId,
      grantSpent: 1_800_000,
      bankInterest: 4_000,
      otherIncome: 2_000,
    });
    expect(figures?.lines[0]).toMatchObject({ key: "1", planned: 2_000_000, actual: 1_900_000 });
    expect(figures?.lines[1]).toMatchObject({ key: "2", planned: 160_000, actual: 160_000 });
  });
});
