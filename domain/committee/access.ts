import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Actor } from "../../platform/audit/write-audit.server";
import type { DbOrTx } from "../../platform/db/client.server";
import {
  committeeExclusions,
  committeeMembers,
  committees,
  formalChecks,
} from "../../platform/db/schema/evaluation";
import { users } from "../../platform/db/schema/identity";
import { offers, offerVersions } from "../../platform/db/schema/offers";
import { organizations } from "../../platform/db/schema/organizations";
import { AppError } from "../../platform/errors/app-error";
import { type CompetitionRow, findCompetitionInTenant, subjectOf } from "../competitions/access";
import { assertCan as assertCompetitionCan, type StaffRoleName } from "../competitions/policy";
import type { CommitteeFacts, MemberFacts } from "./policy";

/** Helpers the committee's use cases share: the competition for the office, the member and the policy's facts, the offers. */

export type StaffRoles = readonly { role: StaffRoleName; departmentId: string | null }[];
export type MemberRow = typeof committeeMembers.$inferSelect;
export type CommitteeRow = typeof committees.$inferSelect;

/** The competition of the URL for its department's office (evaluation.run to change, evaluation.view to read). */
export async function competitionForOffice(
  db: DbOrTx,
  options: {
    tenantId: string;
    staffRoles: StaffRoles;
    competitionId: unknown;
    action: "evaluation.run" | "evaluation.view";
  },
): Promise<CompetitionRow> {
  const competition = await findCompetitionInTenant(db, options.tenantId, options.competitionId);
  assertCompetitionCan(subjectOf(options.staffRoles), options.action, competition);
  return competition;
}

/** The committee's row (defaults when the officer has not set anything yet). */
export async function committeeOf(db: DbOrTx, competition: Pick<CompetitionRow, "id" | "tenantId">) {
  const [row] = await db.select().from(committees).where(eq(committees.competitionId, competition.id));
  return (
    row ?? {
      competitionId: competition.id,
      tenantId: competition.tenantId,
      nominationDeadline: null,
      withoutNgoReason: null,
      hideScoresUntilComplete: true,
      scoringClosedAt: null,
      updatedBy: null,
      updatedAt: new Date(0),
    }
  );
}

/** Creates the committee's row when it is not there yet (its defaults), inside the caller's transaction. */
export async function ensureCommittee(db: DbOrTx, competition: CompetitionRow, actor: Actor) {
  await db
    .insert(committees)
    .values({ competitionId: competition.id, tenantId: competition.tenantId, updatedBy: actor.userId })
    .onConflictDoNothing();
  return committeeOf(db, competition);
}

/** The person's membership of this competition's committee (removed ones too), or null. */
export async function memberOf(db: DbOrTx, competitionId: string, userId: string | null) {
  if (!userId) return null;
  const [row] = await db
    .select()
    .from(committeeMembers)
    .where(and(eq(committeeMembers.competitionId, competitionId), eq(committeeMembers.userId, userId)));
  return row ?? null;
}

/** The offers a member may not open. */
export async function exclusionsOf(db: DbOrTx, memberId: string) {
  return db.select().from(committeeExclusions).where(eq(committeeExclusions.memberId, memberId));
}

/** What the policy reads about a member (null for a person outside the committee). */
export async function memberFactsOf(db: DbOrTx, member: MemberRow | null): Promise<MemberFacts | null> {
  if (!member) return null;
  const excluded = await exclusionsOf(db, member.id);
  return {
    removed: member.removedAt !== null,
    declared: member.declaredAt !== null,
    voting: member.voting,
    excludedOfferIds: new Set(excluded.map((e) => e.offerId)),
  };
}

/** What the policy reads about the competition (and one offer). */
export function committeeFactsOf(
  competition: Pick<CompetitionRow, "status">,
  committee: Pick<CommitteeRow, "scoringClosedAt">,
  offerId?: string,
): CommitteeFacts {
  return {
    competitionStatus: competition.status,
    scoringClosed: committee.scoringClosedAt !== null,
    offerId,
  };
}

/**
 * The competition and the asking person's membership: NOT_FOUND for a malformed or foreign id,
 * FORBIDDEN for anyone outside the committee (also for a member of another competition's committee).
 */
export async function competitionForMember(
  db: DbOrTx,
  options: { tenantId: string; userId: string | null; competitionId: unknown },
) {
  if (!options.userId) throw new AppError("UNAUTHENTICATED", "error.unauthenticated");
  const competition = await findCompetitionInTenant(db, options.tenantId, options.competitionId);
  const member = await memberOf(db, competition.id, options.userId);
  if (!member || member.removedAt) throw new AppError("FORBIDDEN", "error.forbidden");
  const committee = await committeeOf(db, competition);
  const facts = await memberFactsOf(db, member);
  return { competition, committee, member, facts };
}

/** One offer the committee evaluates: submitted, not withdrawn, with its current version. */
export interface CommitteeOffer {
  id: string;
  title: string;
  organizationId: string;
  organizationName: string;
  receiptNumber: string;
  versionNumber: number;
  formalPassed: boolean;
}

/** The competition's submitted offers in the order of their receipt numbers, with the formal check's outcome. */
export async function committeeOffers(db: DbOrTx, competitionId: string): Promise<CommitteeOffer[]> {
  const rows = await db
    .select({
      id: offers.id,
      title: offers.title,
      organizationId: offers.organizationId,
      organizationName: organizations.name,
      receiptNumber: offerVersions.receiptNumber,
      versionNumber: offerVersions.number,
    })
    .from(offers)
    .innerJoin(offerVersions, eq(offerVersions.id, offers.submittedVersionId))
    .innerJoin(organizations, eq(organizations.id, offers.organizationId))
    .where(
      and(
        eq(offers.competitionId, competitionId),
        eq(offers.status, "submitted"),
        isNotNull(offers.submittedVersionId),
      ),
    )
    .orderBy(asc(offerVersions.receiptNumber));
  const passed = await formalPassedOfferIds(db, competitionId);
  return rows.map((r) => ({ ...r, formalPassed: passed.has(r.id) }));
}

/** Offers whose formal check passed (a missing check is not passed). */
export async function formalPassedOfferIds(db: DbOrTx, competitionId: string): Promise<Set<string>> {
  const rows = await db
    .select({ offerId: formalChecks.offerId })
    .from(formalChecks)
    .where(and(eq(formalChecks.competitionId, competitionId), eq(formalChecks.outcome, "passed")));
  return new Set(rows.map((r) => r.offerId));
}

/** The account with this e-mail (case-insensitive), or null. */
export async function accountByEmail(db: DbOrTx, email: string) {
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

/** The active (not removed) members of a committee with their names, chair first then by name. */
export async function activeMembers(db: DbOrTx, competitionId: string) {
  const rows = await db
    .select({ member: committeeMembers, name: users.name, email: users.email })
    .from(committeeMembers)
    .innerJoin(users, eq(users.id, committeeMembers.userId))
    .where(eq(committeeMembers.competitionId, competitionId))
    .orderBy(asc(users.name));
  return rows.filter((r) => r.member.removedAt === null);
}

/** Exclusions of many members at once. */
export async function exclusionsOfMembers(db: DbOrTx, memberIds: readonly string[]) {
  if (memberIds.length === 0) return [];
  return db
    .select()
    .from(committeeExclusions)
    .where(inArray(committeeExclusions.memberId, [...memberIds]));
}
