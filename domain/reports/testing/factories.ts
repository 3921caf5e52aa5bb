import { and, eq, isNull } from "drizzle-orm";
import { fixedClock } from "../../../platform/clock/clock";
import type { Db } from "../../../platform/db/client.server";
import { contractInstalments } from "../../../platform/db/schema/contracts";
import { reports } from "../../../platform/db/schema/reports";
import type { ContractWorld } from "../../contracts/testing/factories";
import { TEST_APP_URL, warsaw } from "../../offers/testing/factories";
import { actorOf } from "../../organizations/testing/factories";
import { contractContentOf, grantPaidOf } from "../access";
import type { ReportSources } from "../content";
import { decideReport } from "../decide-report";
import { initialReportContent } from "../plan";
import { saveReportSection } from "../save-report-section";
import { submitReport } from "../submit-report";

/*
 * Test factories of reports on the task: a report filled in section by section, submitted and
 * accepted through the use cases (never written straight into the tables), so the settlement's
 * tests start from what the organisation really reported.
 */

/** The moment the report tests act at: after the task's end (2026-11-30). */
export const reportClock = () => fixedClock(warsaw("2026-12-10 10:00"));

export interface FillReportOptions {
  /** Actual cost per line key ("1", "2"…); default: as planned. A number or with an explanation. */
  lines?: Record<string, number | { actual: number; explanation?: string }>;
  /** The grant spent (sources.actual.grant); default: the grant paid so far. */
  grantSpent?: number;
  /** The other actual sources; default: personal and in kind as planned, financial the rest. */
  sources?: Partial<Omit<ReportSources, "grant">>;
  otherIncome?: number;
  interestEarned?: number;
  interestSpent?: number;
  /** Record every instalment as paid first (so the whole grant can be accounted for). */
  payAllInstalments?: boolean;
}

/** The report of the contract of `world.full` of the kind asked. */
export async function reportOf(db: Db, world: ContractWorld, kind: "partial" | "annual" | "final" = "final") {
  const [row] = await db
    .select()
    .from(reports)
    .where(and(eq(reports.contractId, world.contract.contract.id), eq(reports.kind, kind)));
  if (!row) throw new Error(`no ${kind} report`);
  return row;
}

/** Fills every section of the report as `world.full.owner` (valid for submission unless told otherwise). */
export async function fillReport(
  db: Db,
  world: ContractWorld,
  reportId: string,
  options: FillReportOptions = {},
) {
  const contractId = world.contract.contract.id;
  if (options.payAllInstalments)
    await db
      .update(contractInstalments)
      .set({ paidOn: "2026-09-01", paidAmount: contractInstalments.plannedAmount })
      .where(and(eq(contractInstalments.contractId, contractId), isNull(contractInstalments.paidOn)));
  const [row] = await db.select().from(reports).where(eq(reports.id, reportId));
  if (!row) throw new Error("no report");
  const plan = initialReportContent(await contractContentOf(db, contractId), row);
  const actor = actorOf(world.full.owner);
  const base = { db, tenantId: world.tenant.id, actor, clock: reportClock(), reportId };
  let revision = row.revision;
  const save = async (section: string, values: unknown) => {
    revision = (await saveReportSection({ ...base, section, revision, values })).revision;
  };
  await save("substantive", {
    achievement: "Cel zadania został osiągnięty: zajęcia odbyły się zgodnie z harmonogramem.",
    actions: plan.actions.map(() => ({ done: "Wykonano w całości." })),
    indicators: plan.indicators.map(() => ({ achieved: "Osiągnięto", comment: "" })),
    beneficiaries: 40,
    deviations: "",
  });
  const costLines = plan.costLines.map((l) => {
    const given = options.lines?.[l.key];
    const actual = given === undefined ? l.planned : typeof given === "number" ? given : given.actual;
    const explanation =
      typeof given === "object" && given.explanation !== undefined
        ? given.explanation
        : actual !== l.planned
          ? "Zmiana kosztów w trakcie realizacji zadania."
          : "";
    return { actual, explanation };
  });
  const total = costLines.reduce((a, l) => a + l.actual, 0);
  const grant = options.grantSpent ?? Math.min(await grantPaidOf(db, contractId), total);
  const personal = options.sources?.personal ?? plan.sources.planned.personal;
  const inKind = options.sources?.inKind ?? plan.sources.planned.inKind;
  const financial = options.sources?.financial ?? Math.max(0, total - grant - personal - inKind);
  await save("financial", {
    costLines,
    sources: { grant, financial, personal, inKind },
    otherIncome: options.otherIncome ?? 0,
    interestEarned: options.interestEarned ?? 0,
    interestSpent: options.interestSpent ?? 0,
  });
  await save("additional", { additionalInfo: "" });
  await save("declarations", { truthful: true, vatAccounting: true, dataConsent: true });
  return { revision };
}

/** Fills and submits the report as `world.full.owner`. */
export async function submittedReport(
  db: Db,
  world: ContractWorld,
  options: FillReportOptions & { kind?: "partial" | "annual" | "final" } = {},
) {
  const report = await reportOf(db, world, options.kind ?? "final");
  await fillReport(db, world, report.id, options);
  const submitted = await submitReport({
    db,
    tenantId: world.tenant.id,
    actor: actorOf(world.full.owner),
    clock: reportClock(),
    appUrl: TEST_APP_URL,
    reportId: report.id,
  });
  return { reportId: report.id, ...submitted };
}

/**
 * The contract's final report filled, submitted and accepted by the department's officer through
 * the use cases: what settlementFiguresOf reads. Options as fillReport's.
 */
export async function acceptedFinalReport(db: Db, world: ContractWorld, options: FillReportOptions = {}) {
  const submitted = await submittedReport(db, world, { ...options, kind: "final" });
  await decideReport({
    db,
    tenantId: world.tenant.id,
    actor: actorOf(world.officer.user),
    clock: reportClock(),
    appUrl: TEST_APP_URL,
    staffRoles: world.officer.staffRoles,
    reportId: submitted.reportId,
    input: { decision: "accept" },
  });
  return submitted;
}
