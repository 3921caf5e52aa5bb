import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db, DbOrTx } from "../../platform/db/client.server";
import { competitions } from "../../platform/db/schema/competitions";
import { AppError } from "../../platform/errors/app-error";
import { findDepartment, findLegalBasis, replaceChildren, subjectOf } from "./access";
import { draftToColumns } from "./draft-columns";
import { canActInDepartment, type StaffRoleName } from "./policy";
import type { CompetitionDraft } from "./schemas";

export interface CreateCompetitionDraftOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  /** The acting person's staff roles in the tenant (after the second factor). */
  staffRoles: readonly { role: StaffRoleName; departmentId: string | null }[];
  clock: Clock;
  draft: CompetitionDraft;
}

/** An officer (of the competition's department), a coordinator or an administrator starts a draft. */
export async function createCompetitionDraft(
  options: CreateCompetitionDraftOptions,
): Promise<{ competitionId: string }> {
  return options.db.transaction(async (tx) => {
    const department = await findDepartment(tx, options.tenantId, options.draft.departmentId);
    if (!canActInDepartment(subjectOf(options.staffRoles), "draft.create", department.id))
      throw new AppError("FORBIDDEN", "error.forbidden");
    await findLegalBasis(tx, options.tenantId, options.draft.legalBasisId);
    const competitionId = await insertCompetitionDraft(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      now: options.clock.now(),
      draft: options.draft,
    });
    return { competitionId };
  });
}

/**
 * Inserts a draft with its children and its audit line, in the caller's transaction, without the
 * policy (the caller checked it). Shared by creating, copying and the demo seed.
 */
export async function insertCompetitionDraft(
  tx: DbOrTx,
  options: { tenantId: string; actor: Actor; now: Date; draft: CompetitionDraft; copiedFromId?: string },
): Promise<string> {
  const { draft, now } = options;
  const [row] = await tx
    .insert(competitions)
    .values({
      ...draftToColumns(draft),
      tenantId: options.tenantId,
      status: "draft",
      copiedFromId: options.copiedFromId ?? null,
      createdBy: options.actor.userId,
      updatedBy: options.actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: competitions.id });
  if (!row) throw new Error("competition not created");
  await replaceChildren(tx, row.id, draft);
  await writeAudit(tx, {
    tenantId: options.tenantId,
    actor: options.actor,
    entityType: "competition",
    entityId: row.id,
    action: options.copiedFromId ? "competition.copied" : "competition.draftCreated",
    after: {
      title: draft.title,
      departmentId: draft.departmentId,
      copiedFromId: options.copiedFromId ?? null,
    },
  });
  return row.id;
}
