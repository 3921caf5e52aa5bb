import type { Actor } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { AppError } from "../../platform/errors/app-error";
import { childrenOf, findCompetitionInTenant, subjectOf } from "./access";
import { insertCompetitionDraft } from "./create-competition-draft";
import { rowToDraft } from "./draft-columns";
import { assertCan, canActInDepartment, type StaffRoleName } from "./policy";
import type { CompetitionDraft } from "./schemas";

export interface CopyCompetitionOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  staffRoles: readonly { role: StaffRoleName; departmentId: string | null }[];
  clock: Clock;
  competitionId: unknown;
}

/**
 * Copies a competition (typically last year's) as a new draft in one action: every parameter,
 * criterion, attachment and prior-year task is kept; the dates are cleared (task window, deadline,
 * selection date); budget years move one year on, and so does that year where the title names it.
 */
export async function copyCompetition(options: CopyCompetitionOptions): Promise<{ competitionId: string }> {
  return options.db.transaction(async (tx) => {
    const source = await findCompetitionInTenant(tx, options.tenantId, options.competitionId);
    const subject = subjectOf(options.staffRoles);
    assertCan(subject, "copy", source);
    if (!canActInDepartment(subject, "draft.create", source.departmentId))
      throw new AppError("FORBIDDEN", "error.forbidden");
    const draft = nextEdition(rowToDraft(source, await childrenOf(tx, source.id)));
    const competitionId = await insertCompetitionDraft(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      now: options.clock.now(),
      draft,
      copiedFromId: source.id,
    });
    return { competitionId };
  });
}

/** The next edition of a competition: dates cleared, budget years (and those years in the title) one on. */
export function nextEdition(draft: CompetitionDraft): CompetitionDraft {
  const years = new Set(draft.budgetYears.map((b) => b.year));
  const title = draft.title.replace(/\b\d{4}\b/g, (y) => (years.has(Number(y)) ? String(Number(y) + 1) : y));
  return {
    ...draft,
    title,
    taskStart: null,
    taskEnd: null,
    offerDeadline: null,
    selectionDate: null,
    budgetYears: draft.budgetYears.map((b) => ({ year: b.year + 1, amount: b.amount })),
  };
}
