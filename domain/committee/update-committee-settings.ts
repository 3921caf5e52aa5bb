import { eq } from "drizzle-orm";
import { writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import { committees } from "../../platform/db/schema/evaluation";
import { AppError, type FieldErrors } from "../../platform/errors/app-error";
import type { z } from "../../platform/validation/zod-messages";
import { competitionForOffice, ensureCommittee } from "./access";
import type { CommitteeOfficeOptions } from "./add-committee-member";
import { NominationCallSchema, SettingsSchema, WithoutNgoSchema } from "./schemas";

/** One change of how the committee works. */
export type CommitteeSettingsChange =
  /** Members see one another's scores only when all are in (default on). */
  | { kind: "hideScores"; input: unknown }
  /** The committee works without NGO members (art. 15 ust. 2da: none nominated or all excluded), with the reason. */
  | { kind: "withoutNgo"; input: unknown }
  /** Opens (or moves) the call for NGO candidates until the deadline. */
  | { kind: "nominationCall"; input: unknown };

function parsed<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: FieldErrors = {};
  for (const i of result.error.issues) fieldErrors[String(i.path[0] ?? "_form")] = [i.message];
  throw new AppError("VALIDATION", "error.validation", { fieldErrors });
}

/** Changes one setting of the committee, audited with its value before and after. */
export async function updateCommitteeSettings(
  options: CommitteeOfficeOptions & { clock: Clock; change: CommitteeSettingsChange },
): Promise<void> {
  const { change } = options;
  const patch =
    change.kind === "hideScores"
      ? parsed(SettingsSchema, change.input)
      : change.kind === "withoutNgo"
        ? parsed(WithoutNgoSchema, change.input)
        : parsed(NominationCallSchema, change.input);
  if (change.kind === "nominationCall") {
    const deadline = (patch as { nominationDeadline: Date }).nominationDeadline;
    if (deadline.getTime() <= options.clock.now().getTime())
      throw new AppError("VALIDATION", "error.validation", {
        fieldErrors: { nominationDeadline: ["committee.error.deadlinePast"] },
      });
  }
  await options.db.transaction(async (tx) => {
    const competition = await competitionForOffice(tx, { ...options, action: "evaluation.run" });
    const before = await ensureCommittee(tx, competition, options.actor);
    await tx
      .update(committees)
      .set({ ...patch, updatedBy: options.actor.userId, updatedAt: options.clock.now() })
      .where(eq(committees.competitionId, competition.id));
    const keys = Object.keys(patch) as (keyof typeof before)[];
    await writeAudit(tx, {
      tenantId: competition.tenantId,
      actor: options.actor,
      entityType: "committee",
      entityId: competition.id,
      action: `committee.settings.${change.kind}`,
      before: Object.fromEntries(keys.map((k) => [k, before[k]])),
      after: patch,
    });
  });
}
