import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import {
  contractInstalments,
  settlementIneligible,
  settlementReturns,
  settlements,
} from "../../platform/db/schema/contracts";
import type { ContractRow } from "../contracts/access";
import { type SettlementFigures, settlementFiguresOf } from "../reports/read-accepted-final";
import { returnDueDate } from "./due-dates";
import { computeInterest, nextDay } from "./interest";
import { asRates, listInterestRates, thresholdOn } from "./interest-rates";
import { SettlementInputError } from "./refund";
import { type Settlement, settleGrant } from "./settle";

/*
 * Everything the settlement's pages and use cases read (PROCESS.md §4): the accepted final
 * report's figures, the instalments paid, the officer's ineligible marks, the returns recorded, the
 * computation and the confirmed one, the due date (ufp art. 251 ust. 1–2, returnDueDate) and the
 * interest for tax arrears on principal returned after it (ufp art. 251 ust. 5 and 252 ust. 1 with
 * Ordynacja podatkowa art. 56, 63). Computed on each read, never typed.
 */

export type SettlementRow = typeof settlements.$inferSelect;
export type ReturnRow = typeof settlementReturns.$inferSelect;
export type IneligibleRow = typeof settlementIneligible.$inferSelect;

export interface LateReturn {
  returnId: string;
  paidOn: string;
  /** The principal the interest is charged on (the part of the return still owed). */
  base: number;
  days: number;
  amount: number;
}

export interface SettlementState {
  figures: SettlementFigures | null;
  received: number;
  row: SettlementRow | null;
  bankInterest: number;
  marks: IneligibleRow[];
  returns: ReturnRow[];
  /** The computation on the present marks; null without an accepted final report. */
  computation: Settlement | null;
  /** Why the computation is impossible (an i18n key), when it is. */
  computationError: string | null;
  /** The confirmed amount differs from the present computation (confirm again). */
  changedSinceConfirmed: boolean;
  dueOn: string;
  principalReturned: number;
  interestReturned: number;
  lateReturns: LateReturn[];
  /** Interest for late principal, due (Σ lateReturns); null when the rate table does not cover it. */
  interestDue: number | null;
  /** Interest still owed: interestDue − interestReturned (never below 0). */
  interestOwed: number | null;
  /** Principal still owed against the confirmed total. */
  principalOwed: number;
  /** Interest running on the principal still owed after the due date, to today (null: no rates). */
  accruing: number | null;
  /** An i18n key saying why the file cannot be closed, or null when it can. */
  closeBlockedBy: string | null;
}

/** Reads and computes the settlement of a contract. */
export async function settlementStateOf(
  db: DbOrTx,
  contract: ContractRow,
  today: string,
): Promise<SettlementState> {
  const figures = await settlementFiguresOf(db, contract.id);
  const instalments = await db
    .select()
    .from(contractInstalments)
    .where(eq(contractInstalments.contractId, contract.id));
  const received = instalments.reduce((s, i) => s + (i.paidAmount ?? 0), 0);
  const [row] = await db.select().from(settlements).where(eq(settlements.contractId, contract.id));
  const marks = await db
    .select()
    .from(settlementIneligible)
    .where(eq(settlementIneligible.contractId, contract.id))
    .orderBy(asc(settlementIneligible.lineKey));
  const returns = await db
    .select()
    .from(settlementReturns)
    .where(eq(settlementReturns.contractId, contract.id))
    .orderBy(asc(settlementReturns.paidOn), asc(settlementReturns.recordedAt));
  const bankInterest = row ? row.bankInterest : (figures?.bankInterest ?? 0);
  let computation: Settlement | null = null;
  let computationError: string | null = null;
  if (figures) {
    const ineligibleOf = new Map(marks.map((m) => [m.lineKey, m.amount]));
    try {
      computation = settleGrant({
        received,
        grantSpent: figures.grantSpent,
        allowedShiftBp: contract.allowedShiftBp,
        bankInterest,
        lines: figures.lines.map((l) => ({
          key: l.key,
          planned: l.planned,
          actual: l.actual,
          ineligible: Math.min(ineligibleOf.get(l.key) ?? 0, l.actual),
        })),
      });
    } catch (error) {
      if (!(error instanceof SettlementInputError)) throw error;
      computationError = "settlement.error.spentOverReceived";
    }
  }
  const dueOn = row?.dueOn ?? returnDueDate(contract.taskEnd, contract.returnDays);
  const confirmed = row?.computedAt ? row.refundTotal : null;
  const principalReturned = returns.filter((r) => r.kind === "principal").reduce((s, r) => s + r.amount, 0);
  const interestReturned = returns.filter((r) => r.kind === "interest").reduce((s, r) => s + r.amount, 0);
  const rateRows = await listInterestRates(db, contract.tenantId);
  const lateReturns: LateReturn[] = [];
  let interestDue: number | null = 0;
  let stillOwed = confirmed ?? 0;
  for (const r of returns.filter((x) => x.kind === "principal")) {
    const base = Math.min(r.amount, Math.max(0, stillOwed));
    stillOwed -= r.amount;
    if (base <= 0 || r.paidOn <= dueOn) continue;
    try {
      const interest = computeInterest({
        amount: base,
        from: nextDay(dueOn),
        to: r.paidOn,
        rates: asRates(rateRows),
        thresholdGrosze: thresholdOn(rateRows, r.paidOn),
      });
      lateReturns.push({
        returnId: r.id,
        paidOn: r.paidOn,
        base,
        days: interest.days,
        amount: interest.amount,
      });
      if (interestDue !== null) interestDue += interest.amount;
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      interestDue = null;
    }
  }
  const interestOwed = interestDue === null ? null : Math.max(0, interestDue - interestReturned);
  const principalOwed = Math.max(0, (confirmed ?? 0) - principalReturned);
  const changedSinceConfirmed = confirmed !== null && computation !== null && computation.total !== confirmed;
  let closeBlockedBy: string | null = null;
  if (row?.status === "closed") closeBlockedBy = "settlement.blocked.closed";
  else if (!figures) closeBlockedBy = "settlement.blocked.noFinalReport";
  else if (!computation) closeBlockedBy = computationError;
  else if (confirmed === null) closeBlockedBy = "settlement.blocked.notConfirmed";
  else if (changedSinceConfirmed) closeBlockedBy = "settlement.blocked.changed";
  else if (principalOwed > 0) closeBlockedBy = "settlement.blocked.principalOwed";
  else if (interestOwed === null) closeBlockedBy = "settlement.blocked.noRates";
  else if (interestOwed > 0) closeBlockedBy = "settlement.blocked.interestOwed";
  let accruing: number | null = 0;
  if (principalOwed > 0 && today > dueOn && row?.status !== "closed") {
    try {
      accruing = computeInterest({
        amount: principalOwed,
        from: nextDay(dueOn),
        to: today,
        rates: asRates(rateRows),
        thresholdGrosze: thresholdOn(rateRows, today),
      }).amount;
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      accruing = null;
    }
  }
  return {
    figures,
    received,
    row: row ?? null,
    bankInterest,
    marks,
    returns,
    computation,
    computationError,
    changedSinceConfirmed,
    dueOn,
    principalReturned,
    interestReturned,
    lateReturns,
    interestDue,
    interestOwed,
    principalOwed,
    accruing,
    closeBlockedBy,
  };
}

/** The settlement's row, created on the first change with the report's bank interest; locked. */
export async function lockSettlementRow(
  tx: DbOrTx,
  contract: ContractRow,
  figures: SettlementFigures | null,
): Promise<SettlementRow> {
  await tx
    .insert(settlements)
    .values({
      contractId: contract.id,
      tenantId: contract.tenantId,
      bankInterest: figures?.bankInterest ?? 0,
    })
    .onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(settlements)
    .where(eq(settlements.contractId, contract.id))
    .for("update");
  if (!row) throw new Error("settlement row missing");
  return row;
}
