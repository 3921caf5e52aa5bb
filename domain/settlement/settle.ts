import { allowedAmount, increaseBp, SettlementInputError } from "./refund";

/*
 * The settlement of a grant from the final report's TOTAL costs per line (UDPP art. 18 read with
 * ustawa o finansach publicznych art. 251–252). The contract's cost table carries no split of a
 * line into sources, so the allowed shift (default 20 %, the contract's allowedShiftBp) is checked
 * on the line's total: an eligible actual cost above planned × (1 + shift) is spent against the
 * contract, and so is what the officer marks ineligible. Of the grant, only what was spent from it
 * can be used against the contract: that part is min(grantSpent, Σ over shift + Σ ineligible).
 * What was received and not spent is unused (art. 251 ust. 1); bank interest on the grant is
 * returned with it. Exact integer grosze; refund.ts is the per-source variant.
 */

export interface TotalCostLine {
  key: string;
  /** The line's value in the contract's cost table (all sources), grosze. */
  planned: number;
  /** What was actually spent on it (all sources), grosze. */
  actual: number;
  /** The part of actual the officer found ineligible (0 … actual). */
  ineligible: number;
}

export interface SettleInput {
  /** The sum of the instalments paid. */
  received: number;
  /** The grant spent on the task, as the final report says. */
  grantSpent: number;
  lines: readonly TotalCostLine[];
  /** Allowed increase of a line without an annex, basis points (2 000 = 20 %). */
  allowedShiftBp: number;
  /** Bank interest earned on the grant and not spent on the task. */
  bankInterest: number;
}

export interface SettledLine {
  key: string;
  planned: number;
  actual: number;
  /** planned × (1 + shift), rounded down to the grosz. */
  allowed: number;
  ineligible: number;
  /** Eligible actual above allowed. */
  overShift: number;
  increaseBp: number | null;
}

export interface Settlement {
  lines: SettledLine[];
  received: number;
  grantSpent: number;
  /** received − grantSpent. */
  unused: number;
  overShift: number;
  ineligible: number;
  /** min(grantSpent, overShift + ineligible): the grant used against the contract. */
  usedAgainstContract: number;
  bankInterest: number;
  /** unused + usedAgainstContract + bankInterest. */
  total: number;
}

function assertAmount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new SettlementInputError(`${name} must be whole grosze ≥ 0`);
}

/** The amount to return for a grant settled on total costs, to the grosz. */
export function settleGrant(input: SettleInput): Settlement {
  assertAmount("received", input.received);
  assertAmount("grantSpent", input.grantSpent);
  assertAmount("bankInterest", input.bankInterest);
  if (!Number.isInteger(input.allowedShiftBp) || input.allowedShiftBp < 0)
    throw new SettlementInputError("allowedShiftBp must be a whole number ≥ 0");
  if (input.grantSpent > input.received)
    throw new SettlementInputError("the grant reported as spent exceeds the grant received");
  let overShift = 0;
  let ineligible = 0;
  const lines = input.lines.map((line): SettledLine => {
    assertAmount(`planned of ${line.key}`, line.planned);
    assertAmount(`actual of ${line.key}`, line.actual);
    assertAmount(`ineligible of ${line.key}`, line.ineligible);
    if (line.ineligible > line.actual)
      throw new SettlementInputError(`ineligible of ${line.key} exceeds its actual cost`);
    const allowed = allowedAmount(line.planned, input.allowedShiftBp);
    const over = Math.max(0, line.actual - line.ineligible - allowed);
    overShift += over;
    ineligible += line.ineligible;
    return {
      key: line.key,
      planned: line.planned,
      actual: line.actual,
      allowed,
      ineligible: line.ineligible,
      overShift: over,
      increaseBp: increaseBp(line.planned, line.actual),
    };
  });
  const unused = input.received - input.grantSpent;
  const usedAgainstContract = Math.min(input.grantSpent, overShift + ineligible);
  return {
    lines,
    received: input.received,
    grantSpent: input.grantSpent,
    unused,
    overShift,
    ineligible,
    usedAgainstContract,
    bankInterest: input.bankInterest,
    total: unused + usedAgainstContract + input.bankInterest,
  };
}
