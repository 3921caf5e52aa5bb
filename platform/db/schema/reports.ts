import {
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
import { contracts } from "./contracts";
import { users } from "./identity";
import { tenants } from "./tenancy";

/*
 * Reports on the task (sprawozdanie z wykonania zadania publicznego, Dz.U. 2018 poz. 2057
 * załącznik nr 5): partial, annual (multi-year tasks) and final, each due on a day the contract
 * sets. The organisation drafts the report (content), submits it (a frozen version with a receipt
 * and checksum, like the offer), the officer accepts it or returns it with remarks and a deadline
 * for the correction. The rules live in domain/reports/.
 */

export const REPORT_KIND_VALUES = ["partial", "annual", "final"] as const;
export const REPORT_STATUS_VALUES = ["due", "draft", "submitted", "returned", "accepted"] as const;

export const reports = pgTable(
  "reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    contractId: uuid("contract_id")
      .notNull()
      .references(() => contracts.id),
    kind: text("kind", { enum: REPORT_KIND_VALUES }).notNull(),
    /** The period the report covers (a partial or annual report ends before the task does). */
    periodStart: date("period_start", { mode: "string" }).notNull(),
    periodEnd: date("period_end", { mode: "string" }).notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    status: text("status", { enum: REPORT_STATUS_VALUES }).notNull().default("due"),
    /** The draft being written (domain/reports' ReportContent); frozen copies are in report_versions. */
    content: jsonb("content").$type<Record<string, unknown>>().notNull().default({}),
    /** Optimistic lock of the draft: a save names the revision it was made on. */
    revision: integer("revision").notNull().default(1),
    currentVersionId: uuid("current_version_id"),
    /** The officer's remarks when returning the report, and the correction's deadline. */
    remarks: text("remarks"),
    correctionDueOn: date("correction_due_on", { mode: "string" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** When the "due in 7 days" and the "overdue" reminders went out (each once). */
    remindedDueAt: timestamp("reminded_due_at", { withTimezone: true }),
    remindedOverdueAt: timestamp("reminded_overdue_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("reports_contract").on(t.contractId, t.dueOn),
    index("reports_tenant_due").on(t.tenantId, t.status, t.dueOn),
  ],
);

/** A submitted report, frozen: its content, checksum and receipt number. */
export const reportVersions = pgTable(
  "report_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id),
    number: integer("number").notNull(),
    content: jsonb("content").$type<Record<string, unknown>>().notNull(),
    checksum: text("checksum").notNull(),
    receiptNumber: text("receipt_number").notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    submittedBy: uuid("submitted_by").references(() => users.id),
  },
  (t) => [uniqueIndex("report_versions_number").on(t.reportId, t.number)],
);
