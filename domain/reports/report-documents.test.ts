import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { reports, reportVersions } from "~/platform/db/schema/reports";
import { extractPdfText } from "~/platform/documents/pdf-text.server";
import { useTestDatabase } from "~/test/db";
import { contentChecksum } from "../contracts/checksum.server";
import { type ContractWorld, createContractWorld } from "../contracts/testing/factories";
import { TEST_APP_URL } from "../offers/testing/factories";
import { actorOf, expectAppError } from "../organizations/testing/factories";
import type { ReportContent } from "./content";
import { getOfficeReport } from "./get-office-report";
import { getReport } from "./get-report";
import { reportVersionPdf } from "./report-version-pdf.server";
import { saveReportSection } from "./save-report-section";
import { submitReport } from "./submit-report";
import { fillReport, reportClock, reportOf } from "./testing/factories";

/*
 * The optional list of accounting documents (zał. 5 part III): saved as a section of its own
 * (version-guarded), refused row by row with the form's paths, compared with the financial
 * section per cost line, frozen in the submitted version under its checksum, and printed.
 */

describe("the report's list of accounting documents", () => {
  const t = useTestDatabase();
  let w: ContractWorld;

  beforeEach(async () => {
    w = await createContractWorld(t.db);
  });

  const base = () => ({
    db: t.db,
    tenantId: w.tenant.id,
    clock: reportClock(),
    actor: actorOf(w.full.owner),
  });
  const revisionOf = async (reportId: string) =>
    (await t.db.select().from(reports).where(eq(reports.id, reportId)))[0]?.revision ?? 0;
  const save = async (reportId: string, values: unknown) =>
    saveReportSection({
      ...base(),
      reportId,
      section: "documents",
      revision: await revisionOf(reportId),
      values,
    });

  const row = (overrides: Record<string, string> = {}) => ({
    number: "FV/2026/06/17",
    date: "2026-06-17",
    issuer: "Hurtownia Sportowa Sp. z o.o.",
    costLine: "1",
    description: "Piłki i pachołki",
    amount: "1 230,00",
    fromGrant: "1 000,00",
    fromOther: "230,00",
    ...overrides,
  });

  it("saves the rows typed, drops blank ones and compares them with the actual costs", async () => {
    const report = await reportOf(t.db, w, "final");
    await fillReport(t.db, w, report.id);
    const saved = await save(report.id, {
      documents: {
        "0": row(),
        "1": { number: "", date: "", costLine: "", amount: "", fromGrant: "", fromOther: "" },
        "2": row({
          number: "R/5",
          date: "2026-12-02",
          costLine: "2",
          amount: "2 000,00",
          fromGrant: "1 700,00",
          fromOther: "",
        }),
      },
    });
    expect(saved.content.documents).toEqual([
      {
        number: "FV/2026/06/17",
        date: "2026-06-17",
        issuer: "Hurtownia Sportowa Sp. z o.o.",
        costLine: "1",
        description: "Piłki i pachołki",
        amount: 123_000,
        fromGrant: 100_000,
        fromOther: 23_000,
      },
      expect.objectContaining({
        number: "R/5",
        costLine: "2",
        amount: 200_000,
        fromGrant: 170_000,
        fromOther: 0,
      }),
    ]);
    const view = await getReport({ ...base(), reportId: report.id });
    const line2 = view.documents.comparison.lines[1];
    expect(line2).toMatchObject({
      key: "2",
      actual: 160_000,
      total: 170_000,
      difference: -10_000,
      exceeds: true,
    });
    expect(view.documents.comparison.exceeding).toEqual(["2"]);
    // Dated after the task's end (2026-11-30): a warning, not a refusal.
    expect(view.documents.outsidePeriod).toEqual([1]);
  });

  it("refuses parts over the amount, an unknown cost line and an invalid date, by the row's path", async () => {
    const report = await reportOf(t.db, w, "final");
    const err = await save(report.id, {
      documents: {
        "0": row(),
        "3": row({ amount: "100,00", fromGrant: "80,00", fromOther: "20,01" }),
        "4": row({ costLine: "7" }),
        "5": row({ date: "2026-02-30", number: "" }),
      },
    }).catch((e) => e);
    expect(err.code).toBe("VALIDATION");
    expect(err.fieldErrors["documents.3.fromGrant"]?.[0]).toMatch(/^reports\.error\.documentSplit\|/);
    expect(err.fieldErrors["documents.3.fromOther"]?.[0]).toMatch(/^reports\.error\.documentSplit\|/);
    expect(err.fieldErrors["documents.4.costLine"]).toEqual(["reports.error.unknownCostLine"]);
    expect(err.fieldErrors["documents.5.date"]).toEqual(["competition.error.date"]);
    expect(err.fieldErrors["documents.5.number"]).toEqual(["form.required"]);
    expect(Object.keys(err.fieldErrors).some((k) => k.startsWith("documents.0."))).toBe(false);
    const [stored] = await t.db.select().from(reports).where(eq(reports.id, report.id));
    expect((stored?.content as Partial<ReportContent> | undefined)?.documents ?? []).toEqual([]);
  });

  it("refuses a save on an older revision", async () => {
    const report = await reportOf(t.db, w, "final");
    await save(report.id, { documents: { "0": row() } });
    await expectAppError(
      saveReportSection({
        ...base(),
        reportId: report.id,
        section: "documents",
        revision: report.revision,
        values: {},
      }),
      "CONFLICT",
      "reports.error.stale",
    );
  });

  it("freezes the list in the submitted version under its checksum, shows and prints it", async () => {
    const report = await reportOf(t.db, w, "final");
    await fillReport(t.db, w, report.id);
    await save(report.id, {
      documents: [
        row(),
        row({ number: "FV/77/2026", costLine: "2", amount: "50,00", fromGrant: "50,00", fromOther: "0" }),
      ],
    });
    const submitted = await submitReport({ ...base(), appUrl: TEST_APP_URL, reportId: report.id });
    const [version] = await t.db
      .select()
      .from(reportVersions)
      .where(eq(reportVersions.id, submitted.versionId));
    const frozen = version?.content as unknown as ReportContent;
    expect(frozen.documents.map((d) => d.number)).toEqual(["FV/2026/06/17", "FV/77/2026"]);
    expect(contentChecksum(frozen)).toBe(submitted.checksum);
    expect(contentChecksum({ ...frozen, documents: [] })).not.toBe(submitted.checksum);
    await expectAppError(save(report.id, { documents: [] }), "CONFLICT", "reports.error.notEditable");

    const office = await getOfficeReport({
      db: t.db,
      tenantId: w.tenant.id,
      actor: actorOf(w.officer.user),
      staffRoles: w.officer.staffRoles,
      reportId: report.id,
    });
    expect(office.content?.documents).toHaveLength(2);
    expect(office.documents?.comparison.totals).toMatchObject({
      count: 2,
      fromGrant: 105_000,
      fromOther: 23_000,
    });

    const pdf = await reportVersionPdf({
      db: t.db,
      tenantId: w.tenant.id,
      viewer: { kind: "member", actor: actorOf(w.full.owner) },
      reportId: report.id,
      number: 1,
    });
    const text = await extractPdfText(pdf.bytes);
    if (!text.ok) throw new Error(text.reason);
    const flat = text.text.replace(/\s+/g, " ");
    expect(flat).toContain("Zestawienie dokumentów księgowych");
    expect(flat).toContain("FV/77/2026");
    expect(flat).toContain("Hurtownia Sportowa");
  });

  it("prints no list when none was given, and refuses to submit a document of a line not in the plan", async () => {
    const report = await reportOf(t.db, w, "final");
    await fillReport(t.db, w, report.id);
    // A line removed from the plan (as an annex would) leaves the document without its line.
    const [stored] = await t.db.select().from(reports).where(eq(reports.id, report.id));
    const content = stored?.content as unknown as ReportContent;
    await t.db
      .update(reports)
      .set({
        content: { ...content, documents: [docOf("9")] } as unknown as Record<string, unknown>,
      })
      .where(eq(reports.id, report.id));
    const err = await submitReport({ ...base(), appUrl: TEST_APP_URL, reportId: report.id }).catch((e) => e);
    expect(err.fieldErrors["documents:documents.0.costLine"]).toEqual(["reports.error.unknownCostLine"]);
    await save(report.id, { documents: {} });
    await submitReport({ ...base(), appUrl: TEST_APP_URL, reportId: report.id });
    const pdf = await reportVersionPdf({
      db: t.db,
      tenantId: w.tenant.id,
      viewer: { kind: "member", actor: actorOf(w.full.owner) },
      reportId: report.id,
      number: 1,
    });
    const text = await extractPdfText(pdf.bytes);
    if (!text.ok) throw new Error(text.reason);
    expect(text.text).not.toContain("Zestawienie dokumentów księgowych");
  });
});

function docOf(costLine: string) {
  return {
    number: "FV/1",
    date: "2026-07-01",
    issuer: "",
    costLine,
    description: "",
    amount: 1_000,
    fromGrant: 1_000,
    fromOther: 0,
  };
}
