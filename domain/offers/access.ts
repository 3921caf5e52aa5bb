import { and, asc, desc, eq, gt, inArray, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { offerCorrections } from "../../platform/db/schema/evaluation";
import { users } from "../../platform/db/schema/identity";
import { offerPartners, offers } from "../../platform/db/schema/offers";
import { organizationMembers, organizations } from "../../platform/db/schema/organizations";
import { offerUpdates } from "../../platform/db/schema/updates";
import { AppError } from "../../platform/errors/app-error";
import { type CompetitionParameters, isOpenForOffers } from "../competitions/get-competition-parameters";
import { isUuid, type Recipient } from "../organizations/access";
import { LEGAL_FORMS } from "../organizations/legal-forms";
import type { MemberRole } from "../organizations/schemas";
import type { OfferRules } from "./checks";
import type { OfferorData } from "./document";
import type { OfferFacts, OfferSubject, StaffRoleName } from "./policy";
import { ATTACHMENTS_ITEM } from "./rules";
import type { SectionKey } from "./sections";

/** Helpers every use case of the offers shares: find in the tenant, the offerors and the person's roles, the people to tell. */

export type OfferRow = typeof offers.$inferSelect;

/**
 * The offer in this tenant, or NOT_FOUND (also for another tenant's id and for a malformed id).
 * `forUpdate` locks the row until the transaction ends: every change of an offer (a save, a
 * submission, a withdrawal, a change of partners or attachments) takes it first, so double clicks
 * and two tabs run one after the other and locks are always taken in the same order.
 */
export async function findOfferInTenant(
  db: DbOrTx,
  tenantId: string,
  offerId: unknown,
  options: { forUpdate?: boolean } = {},
): Promise<OfferRow> {
  if (!isUuid(offerId)) throw new AppError("NOT_FOUND", "error.notFound");
  const query = db
    .select()
    .from(offers)
    .where(and(eq(offers.id, offerId), eq(offers.tenantId, tenantId)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for("update") : await query;
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  return row;
}

/** One offeror of an offer and the person's role in it (null when not a member). */
export interface Offeror {
  organizationId: string;
  leader: boolean;
  role: MemberRole | null;
}

/** The offerors, leader first then the partners in the order added, with the person's role in each (two queries). */
export async function offerorsOf(
  db: DbOrTx,
  offer: Pick<OfferRow, "id" | "organizationId">,
  userId: string | null,
): Promise<Offeror[]> {
  const partners = await db
    .select({ organizationId: offerPartners.organizationId })
    .from(offerPartners)
    .where(eq(offerPartners.offerId, offer.id))
    .orderBy(asc(offerPartners.position), asc(offerPartners.createdAt));
  const ids = [offer.organizationId, ...partners.map((p) => p.organizationId)];
  const roles = userId
    ? await db
        .select({ organizationId: organizationMembers.organizationId, role: organizationMembers.role })
        .from(organizationMembers)
        .where(and(eq(organizationMembers.userId, userId), inArray(organizationMembers.organizationId, ids)))
    : [];
  const roleOf = new Map(roles.map((r) => [r.organizationId, r.role]));
  return ids.map((organizationId, i) => ({
    organizationId,
    leader: i === 0,
    role: roleOf.get(organizationId) ?? null,
  }));
}

/**
 * The gate of every organisation-side action on an offer, before its input is read: NOT_FOUND
 * for no such offer in the tenant, FORBIDDEN unless the person has a role in one of its offerors.
 * (The use case then checks the role and the offer's state itself.)
 */
export async function assertOfferorMember(
  db: DbOrTx,
  tenantId: string,
  offerId: unknown,
  userId: string,
): Promise<void> {
  if (!isUuid(offerId)) throw new AppError("NOT_FOUND", "error.notFound");
  // One statement: whether the offer is in the tenant, and whether the person is a member of its
  // leader or of a partner (the gate runs before every organisation-side action on an offer).
  const [row] = await db
    .select({
      member: sql<boolean>`exists (
        select 1 from ${organizationMembers} m
        where m.user_id = ${userId}::uuid and (m.organization_id = offers.organization_id
          or m.organization_id in (select p.organization_id from ${offerPartners} p where p.offer_id = offers.id)))`,
    })
    .from(offers)
    .where(and(eq(offers.id, offerId), eq(offers.tenantId, tenantId)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  if (!row.member) throw new AppError("FORBIDDEN", "error.forbidden");
}

/** The policy's subject: the person's roles in the offerors and their staff roles in the tenant. */
export function subjectOf(
  offerors: readonly Offeror[],
  staffRoles: readonly { role: StaffRoleName; departmentId: string | null }[] = [],
): OfferSubject {
  return {
    leaderRole: offerors.find((o) => o.leader)?.role ?? null,
    partnerRoles: offerors.filter((o) => !o.leader && o.role !== null).map((o) => o.role as MemberRole),
    staffRoles,
  };
}

const ROLE_RANK: Record<MemberRole, number> = { owner: 3, editor: 2, viewer: 1 };

/** The strongest role the person holds in any offeror (null when none). */
export function bestRole(offerors: readonly Offeror[]): MemberRole | null {
  let best: MemberRole | null = null;
  for (const o of offerors) if (o.role && (!best || ROLE_RANK[o.role] > ROLE_RANK[best])) best = o.role;
  return best;
}

/** The facts the policy reads about an offer. */
export function factsOf(offer: OfferRow, departmentId: string): OfferFacts {
  return { status: offer.status, submitted: offer.submittedVersionId !== null, departmentId };
}

const LEGAL_FORM_LABELS = new Map<string, string>(LEGAL_FORMS.map((f) => [f.code, f.label]));

/** An offeror's profile: II.1 as the document carries it, with the stored codes the rules read. */
export interface OfferorProfile {
  data: OfferorData;
  legalFormCode: string;
  status: "pending" | "verified" | "rejected";
}

/**
 * II.1 of every offeror as its organisation's profile says now (one query), in the offerors'
 * order. The legal form is its Polish name, as the template prints it. The profile has no separate
 * correspondence address: section II's `correspondenceAddress` holds one when it differs.
 */
export async function offerorProfilesOf(
  db: DbOrTx,
  offerors: readonly Pick<Offeror, "organizationId" | "leader">[],
): Promise<OfferorProfile[]> {
  if (offerors.length === 0) return [];
  const ids = offerors.map((o) => o.organizationId);
  const rows = await db.select().from(organizations).where(inArray(organizations.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return offerors.flatMap((o) => {
    const org = byId.get(o.organizationId);
    if (!org) return [];
    const data: OfferorData = {
      organizationId: org.id,
      name: org.name,
      legalForm: LEGAL_FORM_LABELS.get(org.legalForm) ?? org.legalForm,
      krs: org.krs,
      otherRegister: org.otherRegister,
      nip: org.nip,
      regon: org.regon,
      seat: `${org.street}, ${org.postalCode} ${org.city}`,
      correspondenceAddress: "",
      email: org.email,
      phone: org.phone,
      website: org.website,
      representatives: org.representatives.map((r) => ({ name: r.name, function: r.function })),
      leader: o.leader,
    };
    return [{ data, legalFormCode: org.legalForm, status: org.status }];
  });
}

/** II.1 of every offeror, live (see offerorProfilesOf). */
export async function offerorDataOf(
  db: DbOrTx,
  offerors: readonly Pick<Offeror, "organizationId" | "leader">[],
): Promise<OfferorData[]> {
  return (await offerorProfilesOf(db, offerors)).map((p) => p.data);
}

function asLocale(locale: string): Recipient["locale"] {
  return locale === "en" ? "en" : "pl";
}

/**
 * The people to tell about an offer: members holding one of `roles` in any of the organisations,
 * and `alsoUserId` (the person acting), each once. One query.
 */
export async function offerRecipients(
  db: DbOrTx,
  options: { organizationIds: readonly string[]; roles: readonly MemberRole[]; alsoUserId?: string | null },
): Promise<Recipient[]> {
  const members = db
    .select({ userId: organizationMembers.userId })
    .from(organizationMembers)
    .where(
      and(
        inArray(organizationMembers.organizationId, [...options.organizationIds]),
        inArray(organizationMembers.role, [...options.roles]),
      ),
    );
  const rows = await db
    .select({ userId: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(
      options.alsoUserId
        ? or(inArray(users.id, members), eq(users.id, options.alsoUserId))
        : inArray(users.id, members),
    )
    .orderBy(asc(users.email));
  return rows.map((r) => ({ ...r, locale: asLocale(r.locale) }));
}

/**
 * Everyone a formal letter about an offer goes to: the offerors' people in these roles and the
 * organisations' own addresses from their profiles, so that an organisation nobody of which has
 * an account here still gets it (the results of a competition, UDPP art. 15 ust. 2h). Each
 * address once; people first, with their language.
 */
export async function offerorLetterRecipients(
  db: DbOrTx,
  options: { organizationIds: readonly string[]; roles: readonly MemberRole[] },
): Promise<Pick<Recipient, "email" | "name" | "locale">[]> {
  const people = await offerRecipients(db, options);
  const organizationsOf = options.organizationIds.length
    ? await db
        .select({ email: organizations.email, name: organizations.name })
        .from(organizations)
        .where(inArray(organizations.id, [...options.organizationIds]))
        .orderBy(asc(organizations.name))
    : [];
  const seen = new Set(people.map((p) => p.email.toLowerCase()));
  const mailboxes = organizationsOf
    .filter((o) => o.email && !seen.has(o.email.toLowerCase()) && seen.add(o.email.toLowerCase()))
    .map((o) => ({ email: o.email as string, name: o.name, locale: "pl" as const }));
  return [...people, ...mailboxes];
}

/** What the checks need of the competition's parameters. */
export function offerRulesOf(p: CompetitionParameters): OfferRules {
  return {
    taskStart: p.taskStart,
    taskEnd: p.taskEnd,
    minGrant: p.minGrant,
    maxGrant: p.maxGrant,
    minOwnContributionBp: p.minOwnContributionBp,
    minFinancialContributionBp: p.minFinancialContributionBp,
    minPersonalContributionBp: p.minPersonalContributionBp,
    adminCostCapBp: p.adminCostCapBp,
    requiresOwnContribution: p.legalBasis.requiresOwnContribution,
    requiredAttachments: p.requiredAttachments,
  };
}

/**
 * Throws unless offers may be changed or submitted now, by the server's clock to the millisecond:
 * CONFLICT "offer.error.deadlinePassed" once the deadline has passed (whether or not the closing
 * job has run), CONFLICT "offer.error.notOpen" when the competition is not published.
 */
export function assertOpenForOffers(
  competition: Pick<CompetitionParameters, "status" | "offerDeadline">,
  now: Date,
): void {
  const deadline = competition.offerDeadline;
  if (deadline && now.getTime() >= deadline.getTime())
    throw new AppError("CONFLICT", "offer.error.deadlinePassed", {
      details: { deadline: deadline.toISOString() },
    });
  if (!isOpenForOffers(competition, now)) throw new AppError("CONFLICT", "offer.error.notOpen");
}

/** The offer's open correction round (domain/evaluation) whose deadline has not passed, or null. */
export async function openCorrectionOf(db: DbOrTx, offerId: string, now: Date) {
  const [row] = await db
    .select()
    .from(offerCorrections)
    .where(
      and(
        eq(offerCorrections.offerId, offerId),
        eq(offerCorrections.status, "open"),
        gt(offerCorrections.deadline, now),
      ),
    )
    .orderBy(desc(offerCorrections.requestedAt))
    .limit(1);
  return row ?? null;
}

/** The sections an update after the award reopens (domain/updates): the task (III) and the costs (V). */
export const UPDATE_ROUND_SECTIONS: readonly SectionKey[] = ["task", "costs"];

/** The offer's update round (domain/updates) that the organisation may work on now (open or returned), or null. */
export async function editableUpdateRoundOf(db: DbOrTx, offerId: string) {
  const [row] = await db
    .select()
    .from(offerUpdates)
    .where(and(eq(offerUpdates.offerId, offerId), inArray(offerUpdates.status, ["open", "returned"])))
    .limit(1);
  return row ?? null;
}

/**
 * Throws unless this section may be changed now: while the competition takes offers, or, after the
 * deadline, during an open correction round that lists it (UDPP art. 15; the officer names the
 * sections), or, once resolved, during an open or returned update round (UPDATE_ROUND_SECTIONS).
 * Any other section of an offer in correction is CONFLICT "evaluation.error.sectionNotListed", in
 * an update "updates.error.sectionNotListed".
 */
export async function assertSectionEditable(
  db: DbOrTx,
  offer: Pick<OfferRow, "id">,
  competition: Pick<CompetitionParameters, "status" | "offerDeadline">,
  section: SectionKey,
  now: Date,
): Promise<void> {
  if (isOpenForOffers(competition, now)) return;
  const correction =
    competition.status === "in_evaluation" ? await openCorrectionOf(db, offer.id, now) : null;
  if (correction?.sections.includes(section)) return;
  if (correction) throw new AppError("CONFLICT", "evaluation.error.sectionNotListed");
  if (competition.status === "resolved" && (await editableUpdateRoundOf(db, offer.id))) {
    if (UPDATE_ROUND_SECTIONS.includes(section)) return;
    throw new AppError("CONFLICT", "updates.error.sectionNotListed");
  }
  assertOpenForOffers(competition, now);
}

/** Whether an open correction round lets the offerors add or remove attachments. */
export function correctionReopensAttachments(
  correction: { items: readonly { code: string }[] } | null,
): boolean {
  return correction?.items.some((i) => i.code === ATTACHMENTS_ITEM) ?? false;
}

/**
 * Throws unless the offer's attachments may be changed now: while the competition takes offers,
 * or during an open correction round that asks for the required attachments.
 */
export async function assertAttachmentsEditable(
  db: DbOrTx,
  offer: Pick<OfferRow, "id">,
  competition: Pick<CompetitionParameters, "status" | "offerDeadline">,
  now: Date,
): Promise<void> {
  if (isOpenForOffers(competition, now)) return;
  const correction =
    competition.status === "in_evaluation" ? await openCorrectionOf(db, offer.id, now) : null;
  if (correctionReopensAttachments(correction)) return;
  if (correction) throw new AppError("CONFLICT", "evaluation.error.sectionNotListed");
  assertOpenForOffers(competition, now);
}

/** Whether the organisation's legal form is among those the competition admits (an empty list admits all). */
export function isEligibleLegalForm(eligibleLegalForms: readonly string[], legalForm: string): boolean {
  return eligibleLegalForms.length === 0 || eligibleLegalForms.includes(legalForm);
}

/** An offer's addresses, for links in mail. */
export const offerLinks = {
  workspace: (appUrl: string, id: string) => `${appUrl.replace(/\/$/, "")}/panel/oferty/${id}`,
};
