import { and, asc, eq, gt } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { DbOrTx } from "../../platform/db/client.server";
import { interestRates } from "../../platform/db/schema/contracts";
import { AppError } from "../../platform/errors/app-error";
import { warsawDateOf } from "../../platform/format/dates";
import { parseMoney } from "../../platform/format/money";
import { z } from "../../platform/validation/zod-messages";
import { DateSchema } from "../competitions/schemas";
import { validationError } from "../organizations/access";
import type { InterestRate } from "./interest";

/*
 * The administrator's table of the rate of interest for tax arrears (odsetki za zwłokę od
 * zaległości podatkowych, Ordynacja podatkowa art. 56), used for late returns of a grant (ufp art.
 * 251 ust. 5, art. 252 ust. 1). The rate follows the NBP lombard rate and is announced by the
 * Minister of Finance; the administrator adds each new rate with the day it applies from. Past
 * rows stay (they price past delays); only a row not yet in force may be removed.
 */

export type InterestRateRow = typeof interestRates.$inferSelect;

/** Art. 54 § 1 pkt 1 OP: interest not above 3 × the postal fee of a registered letter is not charged (8,70 zł). */
export const DEFAULT_THRESHOLD_GROSZE = 870;

/** The rows of the tenant, oldest first. */
export function listInterestRates(db: DbOrTx, tenantId: string): Promise<InterestRateRow[]> {
  return db
    .select()
    .from(interestRates)
    .where(eq(interestRates.tenantId, tenantId))
    .orderBy(asc(interestRates.validFrom));
}

/** The rows as computeInterest takes them. */
export function asRates(rows: readonly InterestRateRow[]): InterestRate[] {
  return rows.map((r) => ({ from: r.validFrom, yearlyBp: r.yearlyBp }));
}

/** The threshold in force on a day (the latest row from before it), or the statutory default. */
export function thresholdOn(rows: readonly InterestRateRow[], day: string): number {
  const inForce = rows.filter((r) => r.validFrom <= day).at(-1);
  return inForce?.thresholdGrosze ?? DEFAULT_THRESHOLD_GROSZE;
}

/** "14,50" or "14.5" → 1 450 basis points; null when not a rate with at most two decimals. */
export function parseRateBp(raw: string): number | null {
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(raw.trim().replace(/\s*%$/, ""));
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0") || 0);
}

/** The administrator's form: from when, the yearly rate in % and the threshold in zł. */
export const AddInterestRateSchema = z.object({
  validFrom: z.string("form.required").trim().min(1, "form.required").pipe(DateSchema),
  yearlyRate: z
    .string("form.required")
    .trim()
    .min(1, "form.required")
    .transform((raw, ctx) => {
      const bp = parseRateBp(raw);
      if (bp === null || bp <= 0 || bp > 10_000) {
        ctx.addIssue({ code: "custom", message: "settlement.rates.error.rate" });
        return z.NEVER;
      }
      return bp;
    }),
  threshold: z
    .string()
    .trim()
    .optional()
    .transform((raw, ctx) => {
      if (!raw) return DEFAULT_THRESHOLD_GROSZE;
      const grosze = parseMoney(raw);
      if (grosze === null || grosze < 0 || grosze > 100_000_000) {
        ctx.addIssue({ code: "custom", message: "competition.error.money" });
        return z.NEVER;
      }
      return grosze;
    }),
});
export type AddInterestRateInput = z.input<typeof AddInterestRateSchema>;

export const RemoveInterestRateSchema = z.object({ id: z.uuid("form.invalidChoice") });

interface AdminOptions {
  db: DbOrTx;
  tenantId: string;
  actor: Actor;
  clock: Clock;
}

/** Adds a rate from a day; one rate per day (CONFLICT on the day's field otherwise). Audited. */
export async function addInterestRate(options: AdminOptions & { input: AddInterestRateInput }) {
  const parsed = AddInterestRateSchema.safeParse(options.input);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const { validFrom, yearlyRate, threshold } = parsed.data;
  return options.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(interestRates)
      .values({
        tenantId: options.tenantId,
        validFrom,
        yearlyBp: yearlyRate,
        thresholdGrosze: threshold,
        createdBy: options.actor.userId,
      })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw new AppError("CONFLICT", "settlement.rates.error.taken", {
        fieldErrors: { validFrom: ["settlement.rates.error.taken"] },
      });
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "interest_rate",
      entityId: row.id,
      action: "settlement.rateAdded",
      after: { validFrom, yearlyBp: yearlyRate, thresholdGrosze: threshold },
    });
    return row;
  });
}

/** Removes a rate not yet in force (a past rate prices past delays and stays). Audited. */
export async function removeInterestRate(options: AdminOptions & { id: unknown }) {
  const parsed = RemoveInterestRateSchema.safeParse({ id: options.id });
  if (!parsed.success) throw new AppError("NOT_FOUND", "error.notFound");
  const today = warsawDateOf(options.clock.now());
  return options.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(interestRates)
      .where(
        and(
          eq(interestRates.id, parsed.data.id),
          eq(interestRates.tenantId, options.tenantId),
          gt(interestRates.validFrom, today),
        ),
      )
      .returning();
    if (!row) throw new AppError("CONFLICT", "settlement.rates.error.inForce");
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "interest_rate",
      entityId: row.id,
      action: "settlement.rateRemoved",
      before: { validFrom: row.validFrom, yearlyBp: row.yearlyBp, thresholdGrosze: row.thresholdGrosze },
    });
  });
}

/**
 * The rates of interest for tax arrears in force 2023–2026, for the demo municipality. The
 * administrator keeps the table current (/admin/odsetki) as the Minister of Finance announces new
 * rates; these are the announced values, not computed.
 */
export const RATES_2023_2026: readonly { validFrom: string; yearlyBp: number }[] = [
  { validFrom: "2023-10-05", yearlyBp: 1_450 },
  { validFrom: "2025-05-08", yearlyBp: 1_400 },
  { validFrom: "2025-07-03", yearlyBp: 1_350 },
  { validFrom: "2025-09-04", yearlyBp: 1_300 },
  { validFrom: "2025-10-09", yearlyBp: 1_250 },
  { validFrom: "2025-11-06", yearlyBp: 1_200 },
];

/** Inserts RATES_2023_2026 for a tenant (rows already there are left alone). */
export async function insertDemoInterestRates(db: DbOrTx, tenantId: string): Promise<void> {
  await db
    .insert(interestRates)
    .values(RATES_2023_2026.map((r) => ({ tenantId, ...r, thresholdGrosze: DEFAULT_THRESHOLD_GROSZE })))
    .onConflictDoNothing();
}
