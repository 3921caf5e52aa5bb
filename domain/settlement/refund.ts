/*
 * What an organisation returns when a grant is settled (UDPP art. 18 read with the public finance
 * act, ustawa o finansach publicznych, art. 251–252; the framework contract, Dz.U. 2018 poz. 2057
 * zał. 3). Pure and exact: money is integer grosze, the allowed shift is in basis points.
 *
 * Per cost line the grant-financed part of the actual cost is compared with the plan: an increase
 * up to the allowed shift (default 20 %, configurable per competition and contract) is in line
 * with the cost estimate; the part above it counts as grant used against the contract. Costs the
 * officer marks ineligible count the same way. What the organisation received and did not spend is
 * unused. Interest earned on the grant's bank account is returned as well, unless it was spent on
 * the task (then it is part of the actual costs and the officer leaves it at 0).
 */

/** One cost line of the settlement: what the contract planned from the grant and what was spent from it. */
export interface SettlementLine {
  /** Key of the line (the cost row's position, or a code); carried into the result. */
  key: string;
  /** The grant-financed part of the line in the contract's cost estimate (after annexes). */
  plannedGrant: number;
  /** The grant-financed part of the actual cost reported. */
  actualGrant: number;
  /** The part of actualGrant the officer found ineligible (0 … actualGrant). */
  ineligible: number;
}

export interface SettlementInput {
  /** Grant paid to the organisation (sum of the instalments paid). */
  received: number;
  /** Allowed increase of a line without an annex, basis points (2 000 = 20 %). */
  allowedShiftBp: number;
  lines: readonly SettlementLine[];
  /** Bank interest earned on the grant and not spent on the task. */
  bankInterest: number;
}

export interface LineOutcome {
  key: string;
  plannedGrant: number;
  actualGrant: number;
  /** plannedGrant × (1 + shift), rounded down to the grosz (the organisation never gains by rounding). */
  allowedGrant: number;
  ineligible: number;
  /** Eligible spending above allowedGrant: used against the contract. */
  overShift: number;
  /** The increase over plan as a share of the plan, basis points rounded half up (null without a plan). */
  increaseBp: number | null;
}

export interface Refund {
  lines: LineOutcome[];
  /** Received minus everything spent from the grant (never below 0). */
  unused: number;
  overShift: number;
  ineligible: number;
  bankInterest: number;
  /** Everything to return: unused + overShift + ineligible + bankInterest. */
  total: number;
  /** The part used against the contract (interest runs from the day it was paid, ufp art. 252). */
  usedAgainstContract: number;
  /** Spent from the grant and accepted. */
  accepted: number;
}

export class SettlementInputError extends Error {}

function assertAmount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new SettlementInputError(`${name} must be whole grosze ≥ 0`);
}

/** The planned amount increased by the allowed shift, rounded down to the grosz. */
export function allowedAmount(planned: number, allowedShiftBp: number): number {
  return Number((BigInt(planned) * BigInt(10_000 + allowedShiftBp)) / 10_000n);
}

/** The increase of actual over planned in basis points of the plan, half up; null without a plan. */
export function increaseBp(planned: number, actual: number): number | null {
  if (planned <= 0) return null;
  const diff = BigInt(actual - planned) * 20_000n;
  const q =
    diff >= 0n
      ? (diff + BigInt(planned)) / (2n * BigInt(planned))
      : -((-diff + BigInt(planned)) / (2n * BigInt(planned)));
  return Number(q);
}

/** Whether a line's grant-financed actual cost stays within the allowed shift (flagged before submission). */
export function withinAllowedShift(
  line: Pick<SettlementLine, "plannedGrant" | "actualGrant">,
  allowedShiftBp: number,
): boolean {
  return line.actualGrant <= allowedAmount(line.plannedGrant, allowedShiftBp);
}

/** The refund of a settlement, to the grosz. Throws SettlementInputError for impossible input. */
export function computeRefund(input: SettlementInput): Refund {
  assertAmount("received", input.received);
  assertAmount("bankInterest", input.bankInterest);
  if (!Number.isInteger(input.allowedShiftBp) || input.allowedShiftBp < 0)
    throw new SettlementInputError("allowedShiftBp must be a whole number ≥ 0");
  let spent = 0;
  let overShift = 0;
  let ineligible = 0;
  const lines: LineOutcome[] = input.lines.map((line) => {
    assertAmount(`plannedGrant of ${line.key}`, line.plannedGrant);
    assertAmount(`actualGrant of ${line.key}`, line.actualGrant);
    assertAmount(`ineligible of ${line.key}`, line.ineligible);
    if (line.ineligible > line.actualGrant)
      throw new SettlementInputError(`ineligible of ${line.key} exceeds its actual grant`);
    const allowedGrant = allowedAmount(line.plannedGrant, input.allowedShiftBp);
    const eligible = line.actualGrant - line.ineligible;
    const over = Math.max(0, eligible - allowedGrant);
    spent += line.actualGrant;
    overShift += over;
    ineligible += line.ineligible;
    return {
      key: line.key,
      plannedGrant: line.plannedGrant,
      actualGrant: line.actualGrant,
      allowedGrant,
      ineligible: line.ineligible,
      overShift: over,
      increaseBp: increaseBp(line.plannedGrant, line.actualGrant),
    };
  });
  if (spent > input.received)
    throw new SettlementInputError("the grant reported as spent exceeds the grant received");
  const unused = input.received - spent;
  const usedAgainstContract = overShift + ineligible;
  return {
    lines,
    unused,
    overShift,
    ineligible,
    bankInterest: input.bankInterest,
    total: unused + usedAgainstContract + input.bankInterest,
    usedAgainstContract,
    accepted: spent - usedAgainstContract,
  };
}
