import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { competitions } from "./competitions";
import { storedFiles } from "./files";
import { users } from "./identity";
import { offers, offerVersions } from "./offers";
import { organizations } from "./organizations";
import { tenants } from "./tenancy";

/*
 * Evaluation of the offers of a competition (UDPP art. 15, PROCESS.md §3): the formal check with
 * correction rounds and signed copies, the committee (art. 15 ust. 2a–2f) with nominations,
 * declarations of no conflict of interest and exclusions, the members' score sheets, the mayor's
 * decision and the published results. Money is integer grosze; points are whole numbers; mean
 * scores are kept in hundredths of a point. The rules live in domain/evaluation/, domain/committee/
 * and domain/results/.
 */

/** One item of a competition's formal checklist (the defaults are in domain/evaluation/checklist.ts). */
export type FormalChecklistItemJson = { code: string; label: string; correctable: boolean };
/** The officer's mark of one checklist item for one offer. */
export type FormalMarkJson = { result: "pass" | "fail" | "na" | null; note: string };

export const FORMAL_OUTCOME_VALUES = ["pending", "passed", "correction", "rejected"] as const;

/** The formal check of one offer (one row per offer, marked item by item). */
export const formalChecks = pgTable(
  "formal_checks",
  {
    offerId: uuid("offer_id")
      .primaryKey()
      .references(() => offers.id),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id),
    /** The submitted version the marks are about (a correction moves the check to the new version). */
    versionId: uuid("version_id").references(() => offerVersions.id),
    marks: jsonb("marks").$type<Record<string, FormalMarkJson>>().notNull().default({}),
    outcome: text("outcome", { enum: FORMAL_OUTCOME_VALUES }).notNull().default("pending"),
    /** Why the offer was rejected (shown to the organisation and in the protocol). */
    reason: text("reason"),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** Optimistic locking: a form posts the version it was read at. */
    version: integer("version").notNull().default(1),
    updatedBy: uuid("updated_by").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("formal_checks_competition").on(t.competitionId, t.outcome)],
);

export type CorrectionItemJson = { code: string; label: string; note: string };
export const CORRECTION_STATUS_VALUES = ["open", "corrected", "expired", "cancelled"] as const;

/** A request to correct formal defects by a deadline; the corrected offer is a new version. */
export const offerCorrections = pgTable(
  "offer_corrections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id),
    items: jsonb("items").$type<CorrectionItemJson[]>().notNull(),
    /** Keys of domain/offers/sections.ts the organisation may change (the rest stays frozen). */
    sections: text("sections").array().notNull(),
    message: text("message").notNull().default(""),
    deadline: timestamp("deadline", { withTimezone: true }).notNull(),
    status: text("status", { enum: CORRECTION_STATUS_VALUES }).notNull().default("open"),
    fromVersionId: uuid("from_version_id")
      .notNull()
      .references(() => offerVersions.id),
    correctedVersionId: uuid("corrected_version_id").references(() => offerVersions.id),
    requestedBy: uuid("requested_by").references(() => users.id),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (t) => [
    index("offer_corrections_offer").on(t.offerId, t.requestedAt),
    index("offer_corrections_open_deadline").on(t.status, t.deadline),
  ],
);

export const SIGNED_COPY_MATCH_VALUES = ["match", "mismatch", "not_found"] as const;

/** The signed copy of a submitted offer uploaded by the organisation, with the checksum read from it. */
export const signedCopies = pgTable(
  "signed_copies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id),
    fileId: uuid("file_id")
      .notNull()
      .references(() => storedFiles.id),
    /** The checksum found in the file's text, or null when none was found (a scan without text). */
    extractedChecksum: text("extracted_checksum"),
    /** The submitted version whose checksum it carries (null when it matches none). */
    versionId: uuid("version_id").references(() => offerVersions.id),
    match: text("match", { enum: SIGNED_COPY_MATCH_VALUES }).notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id),
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("signed_copies_offer").on(t.offerId, t.uploadedAt)],
);

/** The committee of one competition: how it was composed and how it works. */
export const committees = pgTable("committees", {
  competitionId: uuid("competition_id")
    .primaryKey()
    .references(() => competitions.id),
  tenantId: uuid("tenant_id")
    .notNull()
    .references(() => tenants.id),
  /** Until when organisations may nominate candidates (null: no call yet). */
  nominationDeadline: timestamp("nomination_deadline", { withTimezone: true }),
  /** Recorded when the committee works without NGO members (art. 15 ust. 2da UDPP), with the reason. */
  withoutNgoReason: text("without_ngo_reason"),
  /** Members see one another's scores only when every sheet is in. */
  hideScoresUntilComplete: boolean("hide_scores_until_complete").notNull().default(true),
  /** Scoring is closed; the ranking is final for the protocol. */
  scoringClosedAt: timestamp("scoring_closed_at", { withTimezone: true }),
  updatedBy: uuid("updated_by").references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const NOMINATION_STATUS_VALUES = ["proposed", "accepted", "rejected"] as const;

/** A candidate for the committee proposed by an organisation (art. 15 ust. 2a pkt 2 UDPP). */
export const committeeNominations = pgTable(
  "committee_nominations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    candidateName: text("candidate_name").notNull(),
    candidateEmail: text("candidate_email").notNull(),
    statement: text("statement").notNull().default(""),
    status: text("status", { enum: NOMINATION_STATUS_VALUES }).notNull().default("proposed"),
    decisionNote: text("decision_note"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [
    unique("committee_nominations_candidate").on(t.competitionId, t.organizationId, t.candidateEmail),
    index("committee_nominations_competition").on(t.competitionId, t.status),
  ],
);

export const COMMITTEE_MEMBER_KIND_VALUES = ["staff", "ngo", "expert"] as const;

/** A member of a competition's committee: a person with an account; experts advise without a vote. */
export const committeeMembers = pgTable(
  "committee_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind", { enum: COMMITTEE_MEMBER_KIND_VALUES }).notNull(),
    /** Experts (art. 15 ust. 2d UDPP) have no vote; everyone else scores. */
    voting: boolean("voting").notNull(),
    chair: boolean("chair").notNull().default(false),
    nominationId: uuid("nomination_id").references(() => committeeNominations.id),
    /** When the member signed the declaration of no conflict of interest for the competition. */
    declaredAt: timestamp("declared_at", { withTimezone: true }),
    /** The text they signed, as shown to them. */
    declarationText: text("declaration_text"),
    /** A dissenting note for the protocol (zdanie odrębne). */
    dissent: text("dissent"),
    addedBy: uuid("added_by").references(() => users.id),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (t) => [
    unique("committee_members_person").on(t.competitionId, t.userId),
    index("committee_members_user").on(t.userId),
  ],
);

export const EXCLUSION_SOURCE_VALUES = ["declared", "officer"] as const;

/** A member who may not open or score one offer: declared conflict or excluded by the officer. */
export const committeeExclusions = pgTable(
  "committee_exclusions",
  {
    memberId: uuid("member_id")
      .notNull()
      .references(() => committeeMembers.id),
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id),
    source: text("source", { enum: EXCLUSION_SOURCE_VALUES }).notNull(),
    reason: text("reason").notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.offerId] })],
);

/** Points per criterion code with a short justification. */
export type ScorePointsJson = Record<string, { points: number; justification: string }>;

/** One member's scores of one offer; submitted sheets count in the ranking. */
export const scoreSheets = pgTable(
  "score_sheets",
  {
    memberId: uuid("member_id")
      .notNull()
      .references(() => committeeMembers.id),
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id),
    points: jsonb("points").$type<ScorePointsJson>().notNull().default({}),
    total: integer("total").notNull().default(0),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.memberId, t.offerId] }),
    index("score_sheets_competition").on(t.competitionId),
  ],
);

/** The amount the committee proposes for an offer (entered by the officer from the ranking). */
export const proposedAmounts = pgTable("proposed_amounts", {
  offerId: uuid("offer_id")
    .primaryKey()
    .references(() => offers.id),
  competitionId: uuid("competition_id")
    .notNull()
    .references(() => competitions.id),
  amount: bigint("amount", { mode: "number" }).notNull(),
  updatedBy: uuid("updated_by").references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const DECISION_KIND_VALUES = ["decision", "correction"] as const;

/** The mayor's decision (zarządzenie) on a competition, and every later correction of its results. */
export const competitionDecisions = pgTable(
  "competition_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id),
    kind: text("kind", { enum: DECISION_KIND_VALUES }).notNull(),
    number: text("number").notNull(),
    decisionDate: date("decision_date", { mode: "string" }).notNull(),
    /** Why a published result was corrected (null for the decision itself). */
    reason: text("reason"),
    recordedBy: uuid("recorded_by").references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("competition_decisions_competition").on(t.competitionId, t.recordedAt)],
);

export const RESULT_STATUS_VALUES = ["funded", "not_funded", "below_threshold", "rejected_formally"] as const;

/** The published result of each offer (art. 15 ust. 2h UDPP): what the portal, the API and exports show. */
export const competitionResults = pgTable(
  "competition_results",
  {
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id),
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    organizationName: text("organization_name").notNull(),
    /** KRS number or the other register's number, as the offer gave it. */
    registerNumber: text("register_number").notNull().default(""),
    offerTitle: text("offer_title").notNull(),
    requestedAmount: bigint("requested_amount", { mode: "number" }).notNull(),
    awardedAmount: bigint("awarded_amount", { mode: "number" }).notNull().default(0),
    /** Mean of the members' totals in hundredths of a point (null when not scored). */
    scoreHundredths: integer("score_hundredths"),
    rank: integer("rank"),
    status: text("status", { enum: RESULT_STATUS_VALUES }).notNull(),
    /** The decision (or correction) that set this row last. */
    decisionId: uuid("decision_id")
      .notNull()
      .references(() => competitionDecisions.id),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.competitionId, t.offerId] }),
    index("competition_results_tenant_published").on(t.tenantId, t.publishedAt),
    index("competition_results_organization").on(t.organizationId),
  ],
);

/** A request for the reasons of a result (art. 15 ust. 2j UDPP) and the office's answer. */
export const reasonRequests = pgTable(
  "reason_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id),
    requesterName: text("requester_name").notNull(),
    requesterEmail: text("requester_email").notNull(),
    question: text("question").notNull(),
    askedAt: timestamp("asked_at", { withTimezone: true }).notNull().defaultNow(),
    answer: text("answer"),
    answeredBy: uuid("answered_by").references(() => users.id),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
  },
  (t) => [index("reason_requests_competition").on(t.competitionId, t.askedAt)],
);
