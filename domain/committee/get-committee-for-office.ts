import { and, eq, inArray, isNotNull, ne } from "drizzle-orm";
import type { Db } from "../../platform/db/client.server";
import { committeeNominations, scoreSheets } from "../../platform/db/schema/evaluation";
import { offerPartners, offers } from "../../platform/db/schema/offers";
import { organizations } from "../../platform/db/schema/organizations";
import { subjectOf } from "../competitions/access";
import { can as competitionCan } from "../competitions/policy";
import {
  activeMembers,
  committeeOf,
  committeeOffers,
  competitionForOffice,
  exclusionsOfMembers,
  type StaffRoles,
} from "./access";
import { sameName } from "./names";

/** A warning: a member's name is among the representatives of an applicant organisation. */
export interface RepresentativeWarning {
  memberId: string;
  memberName: string;
  organizationName: string;
  function: string;
}

/**
 * The committee of a competition for its department's office: members with their declarations
 * and exclusions, nominations, the offers, and warnings when a member's name is among an
 * applicant's representatives (a hint for the officer, not a block; art. 15 ust. 2d).
 */
export async function getCommitteeForOffice(options: {
  db: Db;
  tenantId: string;
  staffRoles: StaffRoles;
  competitionId: unknown;
}) {
  const { db } = options;
  const competition = await competitionForOffice(db, { ...options, action: "evaluation.view" });
  const committee = await committeeOf(db, competition);
  const members = await activeMembers(db, competition.id);
  const memberIds = members.map((m) => m.member.id);
  const exclusions = await exclusionsOfMembers(db, memberIds);
  const scored = memberIds.length
    ? await db
        .selectDistinct({ memberId: scoreSheets.memberId })
        .from(scoreSheets)
        .where(inArray(scoreSheets.memberId, memberIds))
    : [];
  const scoredIds = new Set(scored.map((s) => s.memberId));
  const offerList = await committeeOffers(db, competition.id);
  const nominations = await db
    .select({ nomination: committeeNominations, organizationName: organizations.name })
    .from(committeeNominations)
    .innerJoin(organizations, eq(organizations.id, committeeNominations.organizationId))
    .where(eq(committeeNominations.competitionId, competition.id))
    .orderBy(committeeNominations.createdAt);
  const warnings = await representativeWarnings(
    db,
    competition.id,
    members.map((m) => ({ id: m.member.id, name: m.name })),
  );
  return {
    competition: { id: competition.id, title: competition.title, status: competition.status },
    committee,
    canRun: competitionCan(subjectOf(options.staffRoles), "evaluation.run", competition),
    members: members.map((m) => ({
      id: m.member.id,
      name: m.name,
      email: m.email,
      kind: m.member.kind,
      voting: m.member.voting,
      chair: m.member.chair,
      declaredAt: m.member.declaredAt,
      hasScored: scoredIds.has(m.member.id),
      exclusions: exclusions
        .filter((e) => e.memberId === m.member.id)
        .map((e) => ({ offerId: e.offerId, source: e.source, reason: e.reason })),
    })),
    offers: offerList,
    nominations: nominations.map((n) => ({ ...n.nomination, organizationName: n.organizationName })),
    warnings,
  };
}

/** Members whose name is among the representatives of an offeror (leader or partner) of a submitted offer. */
export async function representativeWarnings(
  db: Db,
  competitionId: string,
  members: readonly { id: string; name: string }[],
): Promise<RepresentativeWarning[]> {
  if (members.length === 0) return [];
  const submitted = and(
    eq(offers.competitionId, competitionId),
    ne(offers.status, "withdrawn"),
    isNotNull(offers.submittedVersionId),
  );
  const leaders = await db.select({ id: offers.organizationId }).from(offers).where(submitted);
  const partners = await db
    .select({ id: offerPartners.organizationId })
    .from(offerPartners)
    .innerJoin(offers, eq(offers.id, offerPartners.offerId))
    .where(submitted);
  const ids = [...new Set([...leaders, ...partners].map((o) => o.id))];
  if (ids.length === 0) return [];
  const orgs = await db
    .select({ name: organizations.name, representatives: organizations.representatives })
    .from(organizations)
    .where(inArray(organizations.id, ids));
  const out: RepresentativeWarning[] = [];
  for (const m of members)
    for (const org of orgs)
      for (const r of org.representatives)
        if (sameName(m.name, r.name))
          out.push({ memberId: m.id, memberName: m.name, organizationName: org.name, function: r.function });
  return out;
}
