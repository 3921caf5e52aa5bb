import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client.server";
import { auditLog } from "../../platform/db/schema/audit";
import { childrenOf, subjectOf } from "./access";
import { rowToDraft } from "./draft-columns";
import { describeCompetition } from "./get-public-competition";
import { allowedActions, assertCan, type StaffRoleName } from "./policy";

/** How many history lines the details page shows. */
const HISTORY_LIMIT = 50;

/**
 * A competition in the back office — any status, drafts included — for an officer of its
 * department, a coordinator or an administrator (FORBIDDEN for an officer of another department):
 * the announcement, the draft's values for the forms, the version, the actions allowed now, and
 * the history from the audit log.
 */
export async function getCompetitionForOffice(options: {
  db: Db;
  tenantId: string;
  staffRoles: readonly { role: StaffRoleName; departmentId: string | null }[];
  competitionId: unknown;
}) {
  const { row, details } = await describeCompetition(options.db, options.tenantId, options.competitionId);
  const subject = subjectOf(options.staffRoles);
  assertCan(subject, "office.view", row);
  const history = await options.db
    .select({ at: auditLog.at, actor: auditLog.actorLabel, action: auditLog.action })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.tenantId, options.tenantId),
        eq(auditLog.entityType, "competition"),
        eq(auditLog.entityId, row.id),
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(HISTORY_LIMIT);
  return {
    competition: details,
    draft: rowToDraft(row, await childrenOf(options.db, row.id)),
    version: row.version,
    departmentId: row.departmentId,
    copiedFromId: row.copiedFromId,
    allowed: allowedActions(subject, row),
    history,
  };
}
