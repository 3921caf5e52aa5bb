import { and, eq, gte, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { contractInstalments, contracts } from "../../platform/db/schema/contracts";
import { reports } from "../../platform/db/schema/reports";
import { tenants } from "../../platform/db/schema/tenancy";
import { warsawLocalToInstant } from "../../platform/format/dates";
import { percentInput } from "../../platform/format/percent";
import { formatIban } from "../../platform/validation/identifiers";
import { seatCityOf } from "../portal/opp-campaign";
import { CONTRACT_TEMPLATE, type ContractContent } from "./content";
import { defaultInstalments, defaultReports, instalmentTerms } from "./generate-defaults";
import { finalReportDaysOf, formatContractNumber, RETURN_DAYS } from "./generate-rules";
import type { ContractTerms } from "./generate-schema";
import type { ContractSource } from "./generate-source";

/*
 * The contract's terms between the form and the tables: the defaults the form proposes, the
 * content a version freezes, the rows of instalments and due reports, and the contract's number.
 */

/** The form's values as typed text (money in złoty, the shift in percent). */
export interface TermsFormValues {
  form: string;
  bankAccount: string;
  allowedShift: string;
  finalReportDays: string;
  returnDays: string;
  representatives: { name: string; function: string }[];
  instalments: { plannedOn: string; amount: string }[];
  reports: { kind: string; periodStart: string; periodEnd: string; dueOn: string }[];
}

const zl = (grosze: number) => `${Math.floor(grosze / 100)},${String(grosze % 100).padStart(2, "0")}`;

/** The task's period from the offer's section III (the competition's dates when left blank). */
export function taskPeriodOf(source: Pick<ContractSource, "version" | "competition">) {
  const task = source.version.document.sections.task;
  return {
    taskStart: task.startDate ?? source.competition.taskStart ?? "",
    taskEnd: task.endDate ?? source.competition.taskEnd ?? "",
  };
}

/** What the form proposes for a new contract. */
export function defaultTermsOf(source: ContractSource): TermsFormValues {
  const { taskStart, taskEnd } = taskPeriodOf(source);
  const finalReportDays = finalReportDaysOf(source.settings);
  const instalments = defaultInstalments({
    grant: source.grant,
    taskStart,
    taskEnd,
    byYear: source.version.document.calculation.byYear,
  });
  return {
    form: "support",
    bankAccount: source.organizationIban ? formatIban(source.organizationIban) : "",
    allowedShift: percentInput(source.settings.contractAllowedShiftBp),
    finalReportDays: String(finalReportDays),
    returnDays: String(RETURN_DAYS),
    representatives: source.settings.contractRepresentatives.map((r) => ({ ...r })),
    instalments: instalments.map((t) => ({ plannedOn: t.plannedOn, amount: zl(t.amount) })),
    reports: defaultReports({ taskStart, taskEnd, finalReportDays }),
  };
}

/** A stored content's terms as the form's values (to redraw a draft). */
export function termsFormValuesOf(content: ContractContent): TermsFormValues {
  return {
    form: content.form,
    bankAccount: formatIban(content.bankAccount),
    allowedShift: percentInput(content.allowedShiftBp),
    finalReportDays: String(content.finalReportDays),
    returnDays: String(content.returnDays),
    representatives: content.authority.representatives.map((r) => ({ ...r })),
    instalments: content.instalments.map((t) => ({ plannedOn: t.plannedOn, amount: zl(t.amount) })),
    reports: content.reports.map((r) => ({ ...r })),
  };
}

/** The content version 1 freezes: the accepted offer's document and the terms. */
export function contentOf(options: {
  source: ContractSource;
  terms: ContractTerms;
  number: string;
  drawnUpOn: string;
}): ContractContent {
  const { source, terms } = options;
  const document = source.version.document;
  const { taskStart, taskEnd } = taskPeriodOf(source);
  return {
    template: CONTRACT_TEMPLATE,
    number: options.number,
    form: terms.form,
    place: seatCityOf({ name: source.tenantName, settings: source.settings }),
    drawnUpOn: options.drawnUpOn,
    authority: {
      name: source.settings.offerAuthority || document.basics.authority || source.tenantName,
      representatives: terms.representatives,
    },
    document,
    taskTitle: document.sections.task.title || source.offer.title,
    taskStart,
    taskEnd,
    grantAmount: source.grant,
    ownContribution: document.calculation.own,
    totalCost: document.calculation.total,
    bankAccount: terms.bankAccount,
    allowedShiftBp: terms.allowedShift,
    finalReportDays: terms.finalReportDays,
    returnDays: terms.returnDays,
    // Frozen only when the tenant gave one, so contracts without it keep their content's shape.
    ...(source.settings.returnBankAccount ? { returnAccount: source.settings.returnBankAccount } : {}),
    instalments: instalmentTerms(terms.instalments),
    reports: terms.reports,
  };
}

/** Writes the instalments and the due reports of a contract from its content. */
export async function writeScheduleRows(
  db: DbOrTx,
  tenantId: string,
  contractId: string,
  content: ContractContent,
) {
  for (const t of content.instalments)
    await db.insert(contractInstalments).values({
      contractId,
      position: t.position,
      year: t.year,
      plannedOn: t.plannedOn,
      plannedAmount: t.amount,
    });
  for (const r of content.reports)
    await db.insert(reports).values({ tenantId, contractId, ...r, status: "due" });
}

/**
 * The next number from the tenant's pattern: {department}, {seq} (per tenant and year, from 1) and
 * {year}. The tenant's row is locked first, so two contracts drawn up at once get two numbers;
 * a number taken already (typed by hand elsewhere) is skipped.
 */
export async function nextContractNumber(
  db: DbOrTx,
  options: { tenantId: string; pattern: string; departmentCode: string; year: number },
): Promise<string> {
  await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, options.tenantId)).for("update");
  const from = warsawLocalToInstant(`${options.year}-01-01 00:00`) ?? new Date(Date.UTC(options.year, 0, 1));
  const to =
    warsawLocalToInstant(`${options.year + 1}-01-01 00:00`) ?? new Date(Date.UTC(options.year + 1, 0, 1));
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(contracts)
    .where(
      and(
        eq(contracts.tenantId, options.tenantId),
        gte(contracts.createdAt, from),
        lt(contracts.createdAt, to),
      ),
    );
  for (let seq = (row?.n ?? 0) + 1; ; seq++) {
    const number = formatContractNumber(options.pattern, { ...options, seq });
    const [taken] = await db
      .select({ id: contracts.id })
      .from(contracts)
      .where(and(eq(contracts.tenantId, options.tenantId), eq(contracts.number, number)))
      .limit(1);
    if (!taken) return number;
    if (!options.pattern.includes("{seq}")) return `${number}/${seq}`;
  }
}
