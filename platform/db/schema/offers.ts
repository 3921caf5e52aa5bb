import {
  bigint,
  index,
  integer,
  jsonb,
  pgSequence,
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
import { organizations } from "./organizations";
import { tenants } from "./tenancy";

/*
 * Offers on the official template (Dz.U. 2018 poz. 2057, załącznik nr 1). A draft is kept as one
 * JSON document per section of the template, each with its own version, so two editors of one
 * organisation never overwrite each other silently and a save is one row. A submission freezes
 * the whole document into offer_versions (append-only, refused UPDATE/DELETE by trigger) with its
 * checksum and receipt number. The rules live in domain/offers/.
 */

export const OFFER_STATUS_VALUES = ["draft", "submitted", "withdrawn"] as const;

/** Receipt numbers: one sequence for the whole deployment, never reused, no lock between offers. */
export const offerReceiptSeq = pgSequence("offer_receipt_seq", { startWith: 1, increment: 1 });

export const offers = pgTable(
  "offers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id),
    /** The leading offeror; partners of a joint offer (art. 14 ust. 2) are in offer_partners. */
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    status: text("status", { enum: OFFER_STATUS_VALUES }).notNull().default("draft"),
    /** Denormalised from section III and V for lists and exports; the sections are the truth. */
    title: text("title").notNull().default(""),
    totalCost: bigint("total_cost", { mode: "number" }).notNull().default(0),
    requestedGrant: bigint("requested_grant", { mode: "number" }).notNull().default(0),
    /** Bumped by every saved change; a submission records the revision it froze. */
    revision: integer("revision").notNull().default(1),
    /** The latest submission (null for a draft never submitted). */
    submittedVersionId: uuid("submitted_version_id"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("offers_competition_status").on(t.competitionId, t.status),
    index("offers_organization").on(t.organizationId),
    index("offers_tenant").on(t.tenantId),
  ],
);

/** Partners of a joint offer (oferta wspólna, UDPP art. 14 ust. 2): each sees and edits it. */
export const offerPartners = pgTable(
  "offer_partners",
  {
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    position: integer("position").notNull().default(0),
    addedBy: uuid("added_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.offerId, t.organizationId] }),
    index("offer_partners_org").on(t.organizationId),
  ],
);

/** One section of a draft (see domain/offers/sections.ts for the keys and their schemas). */
export const offerSections = pgTable(
  "offer_sections",
  {
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    section: text("section").notNull(),
    content: jsonb("content").$type<Record<string, unknown>>().notNull().default({}),
    /** Optimistic locking per section: a save names the version it was read at. */
    version: integer("version").notNull().default(1),
    updatedBy: uuid("updated_by").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.offerId, t.section] })],
);

/** A frozen submission: never changed (trigger), later changes are new versions. */
export const offerVersions = pgTable(
  "offer_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id),
    number: integer("number").notNull(),
    /** "submission" now; corrections and updates (later procedures) add their kinds. */
    kind: text("kind").notNull().default("submission"),
    /** The whole offer as submitted (domain/offers/document.ts), the input of the checksum. */
    content: jsonb("content").$type<Record<string, unknown>>().notNull(),
    /** SHA-256 (hex) of the canonical JSON of content. */
    checksum: text("checksum").notNull(),
    receiptNumber: text("receipt_number").notNull(),
    /** The offers.revision that was frozen: a repeated submit of the same revision is the same submission. */
    revision: integer("revision").notNull(),
    replacesVersionId: uuid("replaces_version_id"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    submittedBy: uuid("submitted_by").references(() => users.id),
  },
  (t) => [
    unique("offer_versions_number").on(t.offerId, t.number),
    unique("offer_versions_revision").on(t.offerId, t.revision),
    unique("offer_versions_receipt").on(t.receiptNumber),
  ],
);

/** Files attached to an offer (allow-listed types, sniffed content); the bytes are in FileStorage. */
export const offerAttachments = pgTable(
  "offer_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    fileId: uuid("file_id")
      .notNull()
      .references(() => storedFiles.id),
    /** The competition's required attachment this file answers (its label), or null for "other". */
    requirement: text("requirement"),
    uploadedBy: uuid("uploaded_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("offer_attachments_offer").on(t.offerId)],
);
