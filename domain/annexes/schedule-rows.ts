import { and, asc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { contractInstalments } from "../../platform/db/schema/contracts";
import { reports } from "../../platform/db/schema/reports";
import type { ContractContent, ContractReportTerm } from "../contracts/content";
import { type ReportTermChange, rescheduleReports } from "./report-terms";
import type { LateInstalment } from "./rules";

/*
 * The contract's schedule rows an annex touches: the unpaid instalments (for the warning of the
 * difference) and the reports' rows, whose dates follow the annex's report terms (report-terms.ts).
 * A report the organisation has submitted (submitted, returned for correction, accepted) keeps its
 * dates; one still owed and not yet submitted (due, draft) moves; an annual report the new period
 * no longer has is deleted while nothing was written in it (due), a new one is added as due.
 */

/** Report statuses whose dates an annex moves: nothing was submitted yet. */
const MOVABLE = new Set(["due", "draft"]);

/** The contract's instalments not paid yet, by position. */
export async function unpaidInstalmentsOf(db: DbOrTx, contractId: string): Promise<LateInstalment[]> {
  const rows = await db
    .select({
      position: contractInstalments.position,
      plannedOn: contractInstalments.plannedOn,
      amount: contractInstalments.plannedAmount,
    })
    .from(contractInstalments)
    .where(and(eq(contractInstalments.contractId, contractId), isNull(contractInstalments.paidOn)))
    .orderBy(asc(contractInstalments.position));
  return rows;
}

type Dates = Pick<ContractReportTerm, "periodStart" | "periodEnd" | "dueOn">;
type ReportRow = typeof reports.$inferSelect;

/** What happened to one report's row, for the annex's audit entry. */
export interface ReportRowMove {
  id: string;
  kind: ContractReportTerm["kind"];
  status: ReportRow["status"];
  action: "moved" | "added" | "removed" | "kept";
  before: Dates | null;
  after: Dates | null;
}

const datesOf = (t: Dates): Dates => ({ periodStart: t.periodStart, periodEnd: t.periodEnd, dueOn: t.dueOn });
const sameDates = (a: Dates, b: Dates) =>
  a.periodStart === b.periodStart && a.periodEnd === b.periodEnd && a.dueOn === b.dueOn;

/** The term change a row was drawn from: the same term, else an annual report of its year, else the final. */
function changeOf(row: ReportRow, changes: readonly ReportTermChange[]): ReportTermChange | undefined {
  const candidates = changes.filter((c) => c.before?.kind === row.kind);
  return (
    candidates.find((c) => c.before && sameDates(c.before, row)) ??
    (row.kind === "annual"
      ? candidates.find((c) => c.key === `annual.${row.periodEnd.slice(0, 4)}`)
      : undefined) ??
    (row.kind === "final" ? candidates.find((c) => c.key === "final") : undefined)
  );
}

/**
 * Moves the contract's report rows to the task's new period (the caller holds the contract's row
 * locked, in the annex's transaction). Returns what moved, for the audit; nothing when the period
 * stays.
 */
export async function moveReportRows(
  tx: DbOrTx,
  o: { tenantId: string; contractId: string; before: ContractContent; after: ContractContent; now: Date },
): Promise<ReportRowMove[]> {
  if (o.before.taskStart === o.after.taskStart && o.before.taskEnd === o.after.taskEnd) return [];
  const { changes } = rescheduleReports(o.before, o.after.taskStart, o.after.taskEnd);
  const rows = await tx
    .select()
    .from(reports)
    .where(eq(reports.contractId, o.contractId))
    .orderBy(asc(reports.dueOn))
    .for("update");
  const moves: ReportRowMove[] = [];
  const paired = new Set<ReportTermChange>();
  for (const row of rows) {
    const change = changeOf(row, changes);
    if (!change) continue;
    paired.add(change);
    const base = { id: row.id, kind: row.kind, status: row.status, before: datesOf(row) };
    if (change.after && sameDates(change.after, row)) continue;
    if (!MOVABLE.has(row.status)) {
      moves.push({ ...base, action: "kept", after: datesOf(row) });
    } else if (change.after) {
      const after = datesOf(change.after);
      const dueMoved = after.dueOn !== row.dueOn;
      await tx
        .update(reports)
        .set({
          ...after,
          // A reminder sent for the old date is sent again for the new one.
          ...(dueMoved ? { remindedDueAt: null, remindedOverdueAt: null } : {}),
          updatedAt: o.now,
        })
        .where(eq(reports.id, row.id));
      moves.push({ ...base, action: "moved", after });
    } else if (row.status === "due") {
      await tx.delete(reports).where(eq(reports.id, row.id));
      moves.push({ ...base, action: "removed", after: null });
    } else {
      moves.push({ ...base, action: "kept", after: datesOf(row) });
    }
  }
  for (const change of changes) {
    if (change.before || !change.after || paired.has(change)) continue;
    const year = change.after.periodEnd.slice(0, 4);
    if (rows.some((r) => r.kind === "annual" && r.periodEnd.slice(0, 4) === year)) continue;
    const [row] = await tx
      .insert(reports)
      .values({
        tenantId: o.tenantId,
        contractId: o.contractId,
        kind: change.after.kind,
        ...datesOf(change.after),
        status: "due",
      })
      .returning({ id: reports.id });
    if (row)
      moves.push({
        id: row.id,
        kind: change.after.kind,
        status: "due",
        action: "added",
        before: null,
        after: datesOf(change.after),
      });
  }
  return moves;
}
