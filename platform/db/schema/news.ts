import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { storedFiles } from "./files";
import { users } from "./identity";
import { organizations } from "./organizations";
import { tenants } from "./tenancy";

/** Statuses of a news item; the same list is domain/news/states.ts NEWS_STATUSES (its test checks). */
export const NEWS_STATUS_VALUES = ["draft", "pending", "published", "rejected", "archived"] as const;

/**
 * News on the portal (Aktualności): submitted by a verified organisation and moderated by the
 * coordinator, or published directly by staff. Text is plain (paragraphs split by blank lines);
 * no HTML is ever stored or rendered as HTML.
 */
export const news = pgTable(
  "news",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    /** The organisation that submitted it; null for news the office published itself. */
    organizationId: uuid("organization_id").references(() => organizations.id),
    title: text("title").notNull(),
    lead: text("lead").notNull(),
    body: text("body").notNull(),
    imageFileId: uuid("image_file_id").references(() => storedFiles.id),
    /** Required whenever there is an image (WCAG 1.1.1); the check below enforces it. */
    imageAlt: text("image_alt"),
    status: text("status", { enum: NEWS_STATUS_VALUES }).notNull().default("pending"),
    rejectionReason: text("rejection_reason"),
    submittedBy: uuid("submitted_by").references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    decidedBy: uuid("decided_by").references(() => users.id),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    rejectedAt: timestamp("rejected_at", { withTimezone: true }),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    /** Optimistic locking for the coordinator's edits: every change bumps it. */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("news_tenant_status_published").on(t.tenantId, t.status, t.publishedAt),
    index("news_organization").on(t.organizationId),
    check("news_image_alt", sql`${t.imageFileId} is null or ${t.imageAlt} is not null`),
  ],
);
