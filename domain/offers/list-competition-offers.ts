import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client.server";
import { offers, offerVersions } from "../../platform/db/schema/offers";
import { getCompetitionParameters } from "../competitions/get-competition-parameters";
import { assertCan, type StaffRoleName } from "./policy";

export interface CompetitionOfferRow {
  offerId: string;
  /** "submitted", or "withdrawn" before the deadline. */
  status: "submitted" | "withdrawn";
  /** The offerors' names as submitted, leader first. */
  organizations: string[];
  title: string;
  /** The latest submitted version. */
  versionNumber: number;
  receiptNumber: string;
  submittedAt: Date;
  totalCost: number;
  requestedGrant: number;
  ownContribution: number;
}

export interface CompetitionOffers {
  competition: { id: string; title: string; offerDeadline: Date | null; departmentId: string };
  offers: CompetitionOfferRow[];
  /** Sums over the offers that take part (withdrawn ones left out). */
  totals: {
    count: number;
    withdrawn: number;
    totalCost: number;
    requestedGrant: number;
    ownContribution: number;
  };
}

const num = (v: unknown) => Number(v ?? 0);

/**
 * Every offer of a competition submitted at least once, for the office (staff of the
 * competition's department, a coordinator, an administrator): the figures come from the latest
 * submitted version as frozen, never from the live draft. One query; the JSON is read in the
 * database, so a 40-row cost table never travels.
 */
export async function listCompetitionOffers(options: {
  db: Db;
  tenantId: string;
  staffRoles: readonly { role: StaffRoleName; departmentId: string | null }[];
  competitionId: unknown;
}): Promise<CompetitionOffers> {
  const { db } = options;
  const competition = await getCompetitionParameters({
    db,
    tenantId: options.tenantId,
    competitionId: options.competitionId,
  });
  assertCan({ leaderRole: null, partnerRoles: [], staffRoles: options.staffRoles }, "office.view", {
    status: "submitted",
    submitted: true,
    departmentId: competition.departmentId,
  });
  const content = offerVersions.content;
  const rows = await db
    .select({
      offerId: offers.id,
      status: offers.status,
      organizations: sql<unknown>`jsonb_path_query_array(${content}, '$.offerors[*].name')`,
      title: sql<string>`coalesce(${content} #>> '{sections,task,title}', '')`,
      versionNumber: offerVersions.number,
      receiptNumber: offerVersions.receiptNumber,
      submittedAt: offerVersions.submittedAt,
      totalCost: sql<string>`(${content} #>> '{calculation,total}')`,
      requestedGrant: sql<string>`(${content} #>> '{sections,costs,sources,grant}')`,
      ownContribution: sql<string>`(${content} #>> '{calculation,own}')`,
    })
    .from(offers)
    .innerJoin(offerVersions, eq(offerVersions.id, offers.submittedVersionId))
    .where(
      and(
        eq(offers.tenantId, options.tenantId),
        eq(offers.competitionId, competition.id),
        isNotNull(offers.submittedVersionId),
      ),
    )
    .orderBy(asc(offerVersions.submittedAt), asc(offers.id));
  const list: CompetitionOfferRow[] = rows.map((r) => ({
    offerId: r.offerId,
    status: r.status === "withdrawn" ? "withdrawn" : "submitted",
    organizations: namesOf(r.organizations),
    title: r.title,
    versionNumber: r.versionNumber,
    receiptNumber: r.receiptNumber,
    submittedAt: r.submittedAt,
    totalCost: num(r.totalCost),
    requestedGrant: num(r.requestedGrant),
    ownContribution: num(r.ownContribution),
  }));
  const taking = list.filter((r) => r.status === "submitted");
  return {
    competition: {
      id: competition.id,
      title: competition.title,
      offerDeadline: competition.offerDeadline,
      departmentId: competition.departmentId,
    },
    offers: list,
    totals: {
      count: taking.length,
      withdrawn: list.length - taking.length,
      totalCost: taking.reduce((s, r) => s + r.totalCost, 0),
      requestedGrant: taking.reduce((s, r) => s + r.requestedGrant, 0),
      ownContribution: taking.reduce((s, r) => s + r.ownContribution, 0),
    },
  };
}

/** The drivers hand jsonb back parsed or as text; either way a list of names. */
function namesOf(value: unknown): string[] {
  const parsed = typeof value === "string" ? (JSON.parse(value) as unknown) : value;
  return Array.isArray(parsed) ? parsed.map(String) : [];
}
