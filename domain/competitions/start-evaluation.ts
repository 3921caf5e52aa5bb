import type { Actor } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { findCompetitionInTenant, subjectOf } from "./access";
import { assertCan, type StaffRoleName } from "./policy";
import { transitionCompetition } from "./transition-competition";

export interface StartEvaluationOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  staffRoles: readonly { role: StaffRoleName; departmentId: string | null }[];
  clock: Clock;
  competitionId: unknown;
}

/** After the deadline the officer opens the evaluation (formal check, then the committee, PROCESS.md §3). */
export async function startEvaluation(options: StartEvaluationOptions): Promise<void> {
  await options.db.transaction(async (tx) => {
    const competition = await findCompetitionInTenant(tx, options.tenantId, options.competitionId);
    assertCan(subjectOf(options.staffRoles), "evaluation.start", competition);
    await transitionCompetition(tx, {
      competition,
      to: "in_evaluation",
      actor: options.actor,
      now: options.clock.now(),
    });
  });
}
