import { and, eq, sql } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { competitions } from "../../platform/db/schema/competitions";
import { AppError } from "../../platform/errors/app-error";
import {
  childrenOf,
  findCompetitionInTenant,
  findDepartment,
  findLegalBasis,
  replaceChildren,
  subjectOf,
} from "./access";
import { changedFields, draftToColumns, rowToDraft } from "./draft-columns";
import { assertCan, canActInDepartment, type StaffRoleName } from "./policy";
import type { CompetitionDraft } from "./schemas";

export interface UpdateCompetitionDraftOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  staffRoles: readonly { role: StaffRoleName; departmentId: string | null }[];
  clock: Clock;
  competitionId: unknown;
  /** The version the form was read at; a different one means someone saved in between. */
  version: number;
  draft: CompetitionDraft;
}

/**
 * Saves a draft. Two people editing the same draft never overwrite each other silently: the save
 * carries the version it started from, and a save from an older version is refused with CONFLICT
 * ("someone changed this"). Returns the new version and the names of the changed fields.
 */
export async function updateCompetitionDraft(
  options: UpdateCompetitionDraftOptions,
): Promise<{ version: number; changed: string[] }> {
  return options.db.transaction(async (tx) => {
    const current = await findCompetitionInTenant(tx, options.tenantId, options.competitionId);
    const subject = subjectOf(options.staffRoles);
    assertCan(subject, "draft.edit", current);
    if (options.draft.departmentId !== current.departmentId) {
      const department = await findDepartment(tx, options.tenantId, options.draft.departmentId);
      if (!canActInDepartment(subject, "draft.create", department.id))
        throw new AppError("FORBIDDEN", "error.forbidden");
    }
    await findLegalBasis(tx, options.tenantId, options.draft.legalBasisId);
    if (current.version !== options.version)
      throw new AppError("CONFLICT", "competition.error.changedMeanwhile");
    const changes = changedFields(rowToDraft(current, await childrenOf(tx, current.id)), options.draft);
    if (Object.keys(changes).length === 0) return { version: current.version, changed: [] };
    const now = options.clock.now();
    const [updated] = await tx
      .update(competitions)
      .set({
        ...draftToColumns(options.draft),
        version: sql`${competitions.version} + 1`,
        updatedAt: now,
        updatedBy: options.actor.userId,
      })
      .where(
        and(
          eq(competitions.id, current.id),
          eq(competitions.version, options.version),
          eq(competitions.status, "draft"),
        ),
      )
      .returning({ version: competitions.version });
    if (!updated) throw new AppError("CONFLICT", "competition.error.changedMeanwhile");
    await replaceChildren(tx, current.id, options.draft);
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "competition",
      entityId: current.id,
      action: "competition.draftUpdated",
      before: Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.before])),
      after: Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.after])),
    });
    return { version: updated.version, changed: Object.keys(changes) };
  });
}
