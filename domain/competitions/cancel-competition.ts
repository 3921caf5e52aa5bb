import type { Actor } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { AppError } from "../../platform/errors/app-error";
import { findCompetitionInTenant, subjectOf } from "./access";
import { assertCan, type StaffRoleName } from "./policy";
import { CancelSchema } from "./schemas";
import { transitionCompetition } from "./transition-competition";

export interface CancelCompetitionOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  staffRoles: readonly { role: StaffRoleName; departmentId: string | null }[];
  clock: Clock;
  appUrl: string;
  competitionId: unknown;
  reason: string;
}

/**
 * Cancels (unieważnia) a draft or a published competition. The reason is required: it is shown on
 * the portal beside the announcement and mailed to everyone with a draft offer.
 */
export async function cancelCompetition(options: CancelCompetitionOptions): Promise<void> {
  const parsed = CancelSchema.safeParse({ reason: options.reason });
  if (!parsed.success)
    throw new AppError("VALIDATION", "error.validation", {
      fieldErrors: { reason: parsed.error.issues.map((i) => i.message) },
    });
  await options.db.transaction(async (tx) => {
    const competition = await findCompetitionInTenant(tx, options.tenantId, options.competitionId);
    assertCan(subjectOf(options.staffRoles), "cancel", competition);
    await transitionCompetition(tx, {
      competition,
      to: "cancelled",
      actor: options.actor,
      now: options.clock.now(),
      reason: parsed.data.reason,
      appUrl: options.appUrl,
    });
  });
}
