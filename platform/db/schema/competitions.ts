import { sql } from "drizzle-orm";
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
import type { FormalChecklistItemJson } from "./evaluation";
import { users } from "./identity";
import { departments, tenants } from "./tenancy";

/*
 * Open competitions for offers (otwarty konkurs ofert, UDPP art. 11–15; UZP art. 14–15). Money is
 * integer grosze (bigint, read as a JS number: exact up to 2^53); shares are basis points
 * (1 % = 100). The rules live in domain/competitions/.
 */

/**
 * A legal basis of competitions, as data: a global row (tenant_id null, seeded by the migration)
 * or a tenant's own (overrides the global one with the same code, or adds e.g. a sports act).
 */
export const legalBases = pgTable(
  "legal_bases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id").references(() => tenants.id),
    code: text("code").notNull(),
    label: text("label").notNull(),
    /** The act, e.g. "ustawa z dnia 24 kwietnia 2003 r. o działalności pożytku publicznego i o wolontariacie". */
    act: text("act").notNull(),
    /** Where in the act the form of commissioning is, e.g. "art. 11 ust. 1 pkt 1". */
    article: text("article").notNull(),
    /** Fewest calendar days between publication and the offer deadline. */
    minDaysToDeadline: integer("min_days_to_deadline").notNull().default(21),
    /** The article the minimum comes from, shown in the refusal, e.g. "art. 13 ust. 1 UDPP". */
    minDaysArticle: text("min_days_article").notNull(),
    /** Co-financing (wspieranie): the offer must bring its own contribution. */
    requiresOwnContribution: boolean("requires_own_contribution").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("legal_bases_tenant_code").on(t.tenantId, t.code).nullsNotDistinct()],
);

export type CompetitionCriterionJson = { code: string; label: string; maxPoints: number };
export type RequiredAttachmentJson = { label: string };

export const COMPETITION_STATUS_VALUES = [
  "draft",
  "published",
  "closed",
  "in_evaluation",
  "resolved",
  "archived",
  "cancelled",
] as const;

/** The announcement and every parameter a competition enforces on offers. */
export const competitions = pgTable(
  "competitions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id),
    legalBasisId: uuid("legal_basis_id")
      .notNull()
      .references(() => legalBases.id),
    /** Area of public benefit, a code of domain/organizations/areas.ts (UDPP art. 4 ust. 1). */
    areaCode: text("area_code").notNull(),
    title: text("title").notNull(),
    taskDescription: text("task_description").notNull().default(""),
    awardRules: text("award_rules").notNull().default(""),
    taskConditions: text("task_conditions").notNull().default(""),
    /** The window in which the task must be carried out (offers' dates must fall inside). */
    taskStart: date("task_start", { mode: "string" }),
    taskEnd: date("task_end", { mode: "string" }),
    offerDeadline: timestamp("offer_deadline", { withTimezone: true }),
    selectionProcedure: text("selection_procedure").notNull().default(""),
    selectionDate: date("selection_date", { mode: "string" }),
    /** Codes of domain/organizations/legal-forms.ts allowed to apply. */
    eligibleLegalForms: text("eligible_legal_forms").array().notNull().default(sql`'{}'::text[]`),
    minGrant: bigint("min_grant", { mode: "number" }),
    maxGrant: bigint("max_grant", { mode: "number" }),
    minOwnContributionBp: integer("min_own_contribution_bp"),
    minFinancialContributionBp: integer("min_financial_contribution_bp"),
    minPersonalContributionBp: integer("min_personal_contribution_bp"),
    adminCostCapBp: integer("admin_cost_cap_bp"),
    requiredAttachments: jsonb("required_attachments")
      .$type<RequiredAttachmentJson[]>()
      .notNull()
      .default([]),
    criteria: jsonb("criteria").$type<CompetitionCriterionJson[]>().notNull().default([]),
    passThreshold: integer("pass_threshold"),
    /** The formal checklist (empty: the defaults of domain/evaluation/checklist.ts). */
    formalChecklist: jsonb("formal_checklist").$type<FormalChecklistItemJson[]>().notNull().default([]),
    /** Days an organisation has to correct formal defects (PROCESS.md §3: e.g. 7). */
    correctionDays: integer("correction_days").notNull().default(7),
    status: text("status", { enum: COMPETITION_STATUS_VALUES }).notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancellationReason: text("cancellation_reason"),
    copiedFromId: uuid("copied_from_id"),
    /** Optimistic locking: every change bumps it; a form posts the version it was read at. */
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by").references(() => users.id),
    updatedBy: uuid("updated_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("competitions_tenant_status").on(t.tenantId, t.status),
    index("competitions_tenant_department").on(t.tenantId, t.departmentId),
    index("competitions_status_deadline").on(t.status, t.offerDeadline),
  ],
);

/** Funds by budget year (a multi-year task splits its budget, up to 5 years). */
export const competitionBudgetYears = pgTable(
  "competition_budget_years",
  {
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    amount: bigint("amount", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.competitionId, t.year] })],
);

/** Same-type tasks funded in the year of the announcement and the year before, with their amounts. */
export const competitionPriorTasks = pgTable(
  "competition_prior_tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    year: integer("year").notNull(),
    name: text("name").notNull(),
    amount: bigint("amount", { mode: "number" }).notNull(),
  },
  (t) => [index("competition_prior_tasks_competition").on(t.competitionId, t.position)],
);

export type AmendmentChangesJson = Record<string, { before: unknown; after: unknown }>;

/** A recorded change of a published announcement (it is never changed silently). */
export const competitionAmendments = pgTable(
  "competition_amendments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id),
    /** Changed fields with their values before and after. */
    changes: jsonb("changes").$type<AmendmentChangesJson>().notNull(),
    reason: text("reason").notNull(),
    oldDeadline: timestamp("old_deadline", { withTimezone: true }),
    newDeadline: timestamp("new_deadline", { withTimezone: true }),
    amendedBy: uuid("amended_by").references(() => users.id),
    amendedAt: timestamp("amended_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("competition_amendments_competition").on(t.competitionId, t.amendedAt)],
);
