import { sql } from "drizzle-orm";
import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { competitions } from "./competitions";
import { storedFiles } from "./files";
import { users } from "./identity";
import { offers, offerVersions } from "./offers";
import { organizations } from "./organizations";
import { tenants } from "./tenancy";

/*
 * After the award (PROCESS.md §4, UDPP art. 16–18): the contract on the framework of Dz.U. 2018
 * poz. 2057 załącznik nr 3 with its versions (the original and each annex), its instalments, the
 * organisation's change requests, and the settlement's own rows (ineligible costs, returns, the
 * administrator's table of interest rates). Reports (załącznik nr 5) live in reports.ts. The rules
 * live in domain/contracts/, domain/annexes/ and domain/settlement/.
 */

export const CONTRACT_STATUS_VALUES = [
  "draft",
  "sent",
  "signed",
  "in_progress",
  "settled",
  "terminated",
] as const;
/** Wspieranie (co-financing, own contribution) or powierzanie (full financing), UDPP art. 11 ust. 1 pkt 1 and pkt 2. */
export const CONTRACT_FORM_VALUES = ["support", "entrust"] as const;

export const contracts = pgTable(
  "contracts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id),
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id),
    /** The leading offeror (the party of the contract; partners are named in the content). */
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    /** The offer's version the contract was drawn from: the accepted update, or the submission. */
    offerVersionId: uuid("offer_version_id")
      .notNull()
      .references(() => offerVersions.id),
    /** From the tenant's pattern (e.g. "WE.526.{seq}.{year}"), unique within the tenant. */
    number: text("number").notNull(),
    status: text("status", { enum: CONTRACT_STATUS_VALUES }).notNull().default("draft"),
    form: text("form", { enum: CONTRACT_FORM_VALUES }).notNull().default("support"),
    taskTitle: text("task_title").notNull(),
    taskStart: date("task_start", { mode: "string" }).notNull(),
    taskEnd: date("task_end", { mode: "string" }).notNull(),
    /** The grant (grosze) after the latest annex; the sum of the planned instalments. */
    grantAmount: bigint("grant_amount", { mode: "number" }).notNull(),
    /** Own contribution (financial + personal + in kind), grosze, after the latest annex. */
    ownContribution: bigint("own_contribution", { mode: "number" }).notNull().default(0),
    totalCost: bigint("total_cost", { mode: "number" }).notNull(),
    bankAccount: text("bank_account").notNull().default(""),
    /** Allowed increase of a cost line without an annex, basis points (2 000 = 20 %). */
    allowedShiftBp: integer("allowed_shift_bp").notNull().default(2000),
    /** The final report is due this many days after the task ends (UDPP art. 18 ust. 1: 30). */
    finalReportDays: integer("final_report_days").notNull().default(30),
    /** Unused grant is due back this many days after the task ends (ufp art. 251 ust. 2: 15). */
    returnDays: integer("return_days").notNull().default(15),
    /** The number of the current version (1 = the original; each annex adds one). */
    currentVersion: integer("current_version").notNull().default(1),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    signedOn: date("signed_on", { mode: "string" }),
    signedFileId: uuid("signed_file_id").references(() => storedFiles.id),
    startedAt: timestamp("started_at", { withTimezone: true }),
    settledAt: timestamp("settled_at", { withTimezone: true }),
    terminatedAt: timestamp("terminated_at", { withTimezone: true }),
    terminationReason: text("termination_reason"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("contracts_offer").on(t.offerId),
    uniqueIndex("contracts_tenant_number").on(t.tenantId, t.number),
    index("contracts_competition").on(t.competitionId, t.status),
    index("contracts_organization").on(t.organizationId, t.status),
  ],
);

export const CONTRACT_VERSION_KIND_VALUES = ["original", "annex"] as const;

/**
 * The contract's text data frozen per version: the original (number 1) and one per annex. The
 * content is domain/contracts' ContractContent (parties, representatives, task, schedule,
 * indicators, cost table, sources, instalments, report dates, clauses); the checksum is over it.
 */
export const contractVersions = pgTable(
  "contract_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id),
    number: integer("number").notNull(),
    kind: text("kind", { enum: CONTRACT_VERSION_KIND_VALUES }).notNull().default("original"),
    /** Aneks nr N (null for the original). */
    annexNumber: integer("annex_number"),
    changeRequestId: uuid("change_request_id"),
    content: jsonb("content").$type<Record<string, unknown>>().notNull(),
    checksum: text("checksum").notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("contract_versions_number").on(t.contractId, t.number)],
);

/** The instalment ledger (transze): planned dates and amounts, and what was paid when. */
export const contractInstalments = pgTable(
  "contract_instalments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id),
    position: integer("position").notNull(),
    /** The budget year the instalment is paid from (multi-year tasks: one or more per year). */
    year: integer("year").notNull(),
    plannedOn: date("planned_on", { mode: "string" }).notNull(),
    plannedAmount: bigint("planned_amount", { mode: "number" }).notNull(),
    paidOn: date("paid_on", { mode: "string" }),
    paidAmount: bigint("paid_amount", { mode: "number" }),
    recordedBy: uuid("recorded_by").references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }),
    /** When the "instalment due" reminder went out (sent once). */
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("contract_instalments_position").on(t.contractId, t.position)],
);

export const CHANGE_REQUEST_STATUS_VALUES = ["submitted", "approved", "rejected", "withdrawn"] as const;
export const CHANGE_REQUEST_KIND_VALUES = ["schedule", "costs", "results", "bank_account", "other"] as const;

/** A change request (wniosek o zmianę) of the organisation; an approved one yields an annex. */
export const contractChangeRequests = pgTable(
  "contract_change_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id),
    kinds: text("kinds").array().notNull().default(sql`'{}'::text[]`),
    justification: text("justification").notNull(),
    /** What changes (domain/annexes' ProposedChange: new dates, cost rows, indicators, account). */
    proposed: jsonb("proposed").$type<Record<string, unknown>>().notNull(),
    status: text("status", { enum: CHANGE_REQUEST_STATUS_VALUES }).notNull().default("submitted"),
    /** The contract version the request was made against. */
    baseVersion: integer("base_version").notNull(),
    remarks: text("remarks"),
    submittedBy: uuid("submitted_by").references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** The annex's version (contract_versions.id) when approved. */
    annexVersionId: uuid("annex_version_id"),
  },
  (t) => [index("contract_change_requests_contract").on(t.contractId, t.submittedAt)],
);

/** Costs the officer marks ineligible in the settlement, per cost line of the final report. */
export const settlementIneligible = pgTable(
  "settlement_ineligible",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id),
    /** The cost line's key in the report (its position in the contract's cost table). */
    lineKey: text("line_key").notNull(),
    amount: bigint("amount", { mode: "number" }).notNull(),
    reason: text("reason").notNull(),
    markedBy: uuid("marked_by").references(() => users.id),
    markedAt: timestamp("marked_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("settlement_ineligible_line").on(t.contractId, t.lineKey)],
);

export const SETTLEMENT_STATUS_VALUES = ["open", "closed"] as const;

/** The settlement of a contract: the computed refund as last confirmed, and whether the file is closed. */
export const settlements = pgTable("settlements", {
  contractId: uuid("contract_id")
    .primaryKey()
    .references(() => contracts.id),
  tenantId: uuid("tenant_id")
    .notNull()
    .references(() => tenants.id),
  status: text("status", { enum: SETTLEMENT_STATUS_VALUES }).notNull().default("open"),
  /** Bank interest earned on the grant and not spent on the task, grosze. */
  bankInterest: bigint("bank_interest", { mode: "number" }).notNull().default(0),
  /** domain/settlement's Refund as computed at the last confirmation. */
  computed: jsonb("computed").$type<Record<string, unknown>>(),
  /** The principal to return (grosze) and the day it is due. */
  refundTotal: bigint("refund_total", { mode: "number" }).notNull().default(0),
  dueOn: date("due_on", { mode: "string" }),
  computedBy: uuid("computed_by").references(() => users.id),
  computedAt: timestamp("computed_at", { withTimezone: true }),
  closedBy: uuid("closed_by").references(() => users.id),
  closedAt: timestamp("closed_at", { withTimezone: true }),
  /** When the "return due" reminder went out. */
  remindedAt: timestamp("reminded_at", { withTimezone: true }),
});

export const RETURN_KIND_VALUES = ["principal", "interest"] as const;

/** A return of funds recorded by the office: principal or interest, paid on a day. */
export const settlementReturns = pgTable(
  "settlement_returns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id),
    kind: text("kind", { enum: RETURN_KIND_VALUES }).notNull(),
    amount: bigint("amount", { mode: "number" }).notNull(),
    paidOn: date("paid_on", { mode: "string" }).notNull(),
    note: text("note").notNull().default(""),
    recordedBy: uuid("recorded_by").references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("settlement_returns_contract").on(t.contractId, t.paidOn)],
);

/**
 * The rate of interest for tax arrears (Ordynacja podatkowa art. 56), kept by the administrator:
 * each row applies from its day; the threshold below which interest is not charged (art. 54 § 1
 * pkt 1) is kept with it, since it changes with the postal fee.
 */
export const interestRates = pgTable(
  "interest_rates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    yearlyBp: integer("yearly_bp").notNull(),
    thresholdGrosze: integer("threshold_grosze").notNull().default(870),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("interest_rates_from").on(t.tenantId, t.validFrom)],
);
