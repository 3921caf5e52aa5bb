import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { formalChecks, offerCorrections, signedCopies } from "../../platform/db/schema/evaluation";
import { offers } from "../../platform/db/schema/offers";
import { organizations } from "../../platform/db/schema/organizations";
import { findCompetitionInTenant, subjectOf } from "../competitions/access";
import { assertCan, can } from "../competitions/policy";
import type { StaffRoles } from "./access";
import { checklistOf } from "./checklist";

/**
 * Every submitted offer of a competition with its formal outcome, the latest signed copy's result
 * for the current version, and the open correction with its deadline; plus the checklist
 * (`evaluation.view`; `canRun` when the officer may change things now).
 */
export async function listFormalChecks(options: {
  db: DbOrTx;
  tenantId: string;
  staffRoles: StaffRoles;
  competitionId: unknown;
}) {
  const competition = await findCompetitionInTenant(options.db, options.tenantId, options.competitionId);
  assertCan(subjectOf(options.staffRoles), "evaluation.view", competition);
  const rows = await options.db
    .select({
      id: offers.id,
      title: offers.title,
      submittedAt: offers.submittedAt,
      versionId: offers.submittedVersionId,
      organizationName: organizations.name,
      outcome: formalChecks.outcome,
      reason: formalChecks.reason,
    })
    .from(offers)
    .innerJoin(organizations, eq(organizations.id, offers.organizationId))
    .leftJoin(formalChecks, eq(formalChecks.offerId, offers.id))
    .where(and(eq(offers.competitionId, competition.id), eq(offers.status, "submitted")))
    .orderBy(asc(offers.submittedAt), asc(offers.id));
  const ids = rows.map((r) => r.id);
  const copies = ids.length
    ? await options.db
        .select()
        .from(signedCopies)
        .where(inArray(signedCopies.offerId, ids))
        .orderBy(desc(signedCopies.uploadedAt))
    : [];
  const open = ids.length
    ? await options.db
        .select()
        .from(offerCorrections)
        .where(and(inArray(offerCorrections.offerId, ids), eq(offerCorrections.status, "open")))
    : [];
  return {
    competition: {
      id: competition.id,
      title: competition.title,
      status: competition.status,
      correctionDays: competition.correctionDays,
    },
    checklist: checklistOf(competition.formalChecklist),
    customChecklist: competition.formalChecklist.length > 0,
    canRun: can(subjectOf(options.staffRoles), "evaluation.run", competition),
    offers: rows.map((r) => {
      const copy = copies.find((c) => c.offerId === r.id) ?? null;
      const correction = open.find((c) => c.offerId === r.id) ?? null;
      return {
        id: r.id,
        title: r.title,
        organizationName: r.organizationName,
        submittedAt: r.submittedAt,
        outcome: r.outcome ?? "pending",
        reason: r.reason,
        signedCopy: !copy
          ? null
          : copy.match === "match" && copy.versionId !== r.versionId
            ? ("mismatch" as const)
            : copy.match,
        correctionDeadline: correction?.deadline ?? null,
      };
    }),
  };
}

export type FormalCheckList = Awaited<ReturnType<typeof listFormalChecks>>;
