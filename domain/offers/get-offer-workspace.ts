import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { type CompetitionParameters, isOpenForOffers } from "../competitions/get-competition-parameters";
import type { MemberRole } from "../organizations/schemas";
import {
  bestRole,
  correctionReopensAttachments,
  editableUpdateRoundOf,
  factsOf,
  isEligibleLegalForm,
  offerorProfilesOf,
  offerRulesOf,
  openCorrectionOf,
  subjectOf,
  UPDATE_ROUND_SECTIONS,
} from "./access";
import { calculateCosts } from "./calculations";
import { completenessIssues, type OfferIssue, parameterIssues } from "./checks";
import { documentCalculation, type OfferDocument, type OfferorData } from "./document";
import {
  attachedRequirements,
  basicsOf,
  type OfferAttachmentSummary,
  readAttachments,
  readSections,
  readSubmissions,
  tenantForOffers,
} from "./offer-content";
import { readOfferFacts } from "./offer-facts";
import { assertCan, can } from "./policy";
import type { OfferStatus } from "./rules";
import type { OfferSections, SectionKey } from "./sections";

/** Everything the offer's workspace shows, serialisable (no Maps) for the route's loader. */
export interface OfferWorkspace {
  offer: {
    id: string;
    competitionId: string;
    organizationId: string;
    status: OfferStatus;
    title: string;
    totalCost: number;
    requestedGrant: number;
    revision: number;
    submittedAt: Date | null;
    withdrawnAt: Date | null;
    createdAt: Date;
    updatedAt: Date;
  };
  competition: CompetitionParameters;
  /** Section I as the document will carry it (authority, task type, legal basis). */
  basics: OfferDocument["basics"];
  tenantName: string;
  /** Offers may be changed and submitted now (published, deadline not passed by the server's clock). */
  open: boolean;
  /** The leading organisation's legal form is among those the announcement admits (checked formally later). */
  eligible: boolean;
  /** II.1, live from the profiles, leader first. */
  offerors: OfferorData[];
  sections: OfferSections;
  sectionVersions: Record<SectionKey, number>;
  calculation: OfferDocument["calculation"];
  issues: { completeness: OfferIssue[]; parameters: OfferIssue[] };
  attachments: OfferAttachmentSummary[];
  submissions: { number: number; receiptNumber: string; checksum: string; submittedAt: Date }[];
  /** Submitted, and changed since the latest submission (the change is not submitted yet). */
  unsubmittedChanges: boolean;
  /** The open correction round of the formal check (its deadline and sections), whoever looks; else null. */
  correction: { deadline: string; sections: string[] } | null;
  /** Sections an open correction round of the formal check lets the offerors change (else empty). */
  correctionSections: SectionKey[];
  /** An open correction round asks for the required attachments: they may be changed. */
  correctionAttachments: boolean;
  /** Sections an open or returned update after the award (domain/updates) lets the offerors change (else empty). */
  updateSections: SectionKey[];
  can: { edit: boolean; submit: boolean; withdraw: boolean; managePartners: boolean };
  /** The person's strongest role in any offeror. */
  role: MemberRole;
}

/**
 * The offer as its offerors' people see it: NOT_FOUND for a malformed id or another tenant's
 * offer, FORBIDDEN for anyone who is not a member of an offeror. Reads run side by side.
 */
export async function getOfferWorkspace(options: {
  db: Db;
  tenantId: string;
  userId: string;
  clock: Clock;
  offerId: unknown;
}): Promise<OfferWorkspace> {
  const { db } = options;
  const { offer, offerors, competition } = await readOfferFacts(db, {
    tenantId: options.tenantId,
    offerId: options.offerId,
    userId: options.userId,
  });
  const subject = subjectOf(offerors);
  const [tenant, stored, attachments, versions, profiles] = await Promise.all([
    tenantForOffers(db, options.tenantId),
    readSections(db, offer.id),
    readAttachments(db, offer.id),
    readSubmissions(db, offer.id),
    offerorProfilesOf(db, offerors),
  ]);
  const facts = factsOf(offer, competition.departmentId);
  assertCan(subject, "view", facts);

  const { sections } = stored;
  const calc = calculateCosts(sections.costs);
  const ctx = {
    offerorIds: offerors.map((o) => o.organizationId),
    attachedRequirements: attachedRequirements(attachments),
  };
  const latest = versions.at(-1);
  const unsubmittedChanges = offer.status === "submitted" && latest?.revision !== offer.revision;
  const open = isOpenForOffers(competition, options.clock.now());
  // After the deadline, a correction round of the formal check reopens the sections it lists.
  const correction =
    !open && competition.status === "in_evaluation"
      ? await openCorrectionOf(options.db, offer.id, options.clock.now())
      : null;
  const mayEdit = can(subject, "edit", facts);
  // Once resolved, an update after the award reopens the task and the costs.
  const update =
    mayEdit && competition.status === "resolved" ? await editableUpdateRoundOf(options.db, offer.id) : null;
  const leader = profiles.find((p) => p.data.leader);
  return {
    offer: {
      id: offer.id,
      competitionId: offer.competitionId,
      organizationId: offer.organizationId,
      status: offer.status,
      title: offer.title,
      totalCost: offer.totalCost,
      requestedGrant: offer.requestedGrant,
      revision: offer.revision,
      submittedAt: offer.submittedAt,
      withdrawnAt: offer.withdrawnAt,
      createdAt: offer.createdAt,
      updatedAt: offer.updatedAt,
    },
    competition,
    basics: basicsOf(competition, tenant.authority),
    tenantName: tenant.name,
    open,
    eligible: !leader || isEligibleLegalForm(competition.eligibleLegalForms, leader.legalFormCode),
    offerors: profiles.map((p) => p.data),
    sections,
    sectionVersions: stored.versions,
    calculation: documentCalculation(calc),
    issues: {
      completeness: completenessIssues(sections),
      parameters: parameterIssues(sections, offerRulesOf(competition), ctx, calc),
    },
    attachments,
    submissions: versions.map((v) => ({
      number: v.number,
      receiptNumber: v.receiptNumber,
      checksum: v.checksum,
      submittedAt: v.submittedAt,
    })),
    unsubmittedChanges,
    correction: correction
      ? { deadline: correction.deadline.toISOString(), sections: correction.sections }
      : null,
    correctionSections: mayEdit && correction ? (correction.sections as SectionKey[]) : [],
    correctionAttachments: mayEdit && correctionReopensAttachments(correction),
    updateSections: update ? [...UPDATE_ROUND_SECTIONS] : [],
    can: {
      edit: open && mayEdit,
      submit: open && can(subject, "submit", facts) && !(offer.status === "submitted" && !unsubmittedChanges),
      withdraw: open && can(subject, "withdraw", facts),
      managePartners: open && can(subject, "managePartners", facts),
    },
    role: bestRole(offerors) as MemberRole,
  };
}
