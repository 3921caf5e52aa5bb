import type { Actor } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { AppError } from "../../platform/errors/app-error";
import { childrenOf, findCompetitionInTenant, findLegalBasis, subjectOf } from "./access";
import { assertCan, type StaffRoleName } from "./policy";
import { publishReadiness } from "./publish-readiness";
import { transitionCompetition } from "./transition-competition";

export interface PublishCompetitionOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  staffRoles: readonly { role: StaffRoleName; departmentId: string | null }[];
  clock: Clock;
  competitionId: unknown;
}

/**
 * Publishes a complete draft (UDPP art. 13): from now on it is on the portal, in the API and in
 * the PDF, and it changes only through recorded amendments. A deadline closer than the legal
 * basis's minimum (21 calendar days, art. 13 ust. 1) is refused on the deadline field, naming the
 * minimum, the article and the earliest allowed date.
 */
export async function publishCompetition(options: PublishCompetitionOptions): Promise<void> {
  await options.db.transaction(async (tx) => {
    const competition = await findCompetitionInTenant(tx, options.tenantId, options.competitionId);
    assertCan(subjectOf(options.staffRoles), "publish", competition);
    const basis = await findLegalBasis(tx, options.tenantId, competition.legalBasisId);
    const { budgetYears } = await childrenOf(tx, competition.id);
    const now = options.clock.now();
    const fieldErrors = publishReadiness({ competition, budgetYears, basis, now });
    if (Object.keys(fieldErrors).length > 0)
      throw new AppError("VALIDATION", "competition.error.notReady", { fieldErrors });
    await transitionCompetition(tx, { competition, to: "published", actor: options.actor, now });
  });
}
