import { eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { competitions } from "../../platform/db/schema/competitions";
import { findCompetitionInTenant, subjectOf } from "../competitions/access";
import { assertCan } from "../competitions/policy";
import { validationError } from "../organizations/access";
import type { StaffRoles } from "./access";
import { ChecklistSchema, checklistOf } from "./checklist";

/**
 * The officer edits the competition's formal checklist (add, remove, rename, mark correctable)
 * while it is in evaluation (`evaluation.run`). Marks of removed items stay in the checks' history
 * but no longer count. Audited with the list before and after.
 */
export async function updateChecklist(options: {
  db: Db;
  tenantId: string;
  actor: Actor;
  staffRoles: StaffRoles;
  clock: Clock;
  competitionId: unknown;
  items: unknown;
}): Promise<void> {
  await options.db.transaction(async (tx) => {
    const competition = await findCompetitionInTenant(tx, options.tenantId, options.competitionId);
    assertCan(subjectOf(options.staffRoles), "evaluation.run", competition);
    const parsed = ChecklistSchema.safeParse(options.items);
    if (!parsed.success) throw validationError(parsed.error.issues);
    await tx
      .update(competitions)
      .set({ formalChecklist: parsed.data, updatedAt: options.clock.now() })
      .where(eq(competitions.id, competition.id));
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "competition",
      entityId: competition.id,
      action: "evaluation.checklistChanged",
      before: { items: checklistOf(competition.formalChecklist) },
      after: { items: parsed.data },
    });
  });
}
