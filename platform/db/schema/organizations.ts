import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./identity";
import { tenants } from "./tenancy";

export type RepresentativeJson = { name: string; function: string };

/** An organisation of the NGO base (Baza NGO), UDPP art. 3 ust. 2 and 3. */
export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    name: text("name").notNull(),
    legalForm: text("legal_form").notNull(),
    krs: text("krs"),
    otherRegister: text("other_register"),
    nip: text("nip"),
    regon: text("regon"),
    street: text("street").notNull(),
    postalCode: text("postal_code").notNull(),
    city: text("city").notNull(),
    district: text("district"),
    email: text("email").notNull(),
    phone: text("phone"),
    website: text("website"),
    iban: text("iban"),
    areas: text("areas").array().notNull().default(sql`'{}'::text[]`),
    opp: boolean("opp").notNull().default(false),
    representatives: jsonb("representatives").$type<RepresentativeJson[]>().notNull().default([]),
    description: text("description").notNull().default(""),
    /** Fields the organisation chose to keep internal (e.g. phone). */
    hiddenFields: text("hidden_fields").array().notNull().default(sql`'{}'::text[]`),
    status: text("status", { enum: ["pending", "verified", "rejected"] })
      .notNull()
      .default("pending"),
    rejectionReason: text("rejection_reason"),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("organizations_tenant_krs").on(t.tenantId, t.krs).where(sql`${t.krs} is not null`),
    uniqueIndex("organizations_tenant_nip").on(t.tenantId, t.nip).where(sql`${t.nip} is not null`),
    index("organizations_tenant_status").on(t.tenantId, t.status),
    index("organizations_tenant_name").on(t.tenantId, t.name),
  ],
);

export const organizationMembers = pgTable(
  "organization_members",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    role: text("role", { enum: ["owner", "editor", "viewer"] }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.userId] }),
    index("organization_members_user").on(t.userId),
  ],
);

/** An invitation by e-mail to join an organisation; the link carries a token, only its hash is kept. */
export const organizationInvitations = pgTable(
  "organization_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    email: text("email").notNull(),
    role: text("role", { enum: ["owner", "editor", "viewer"] }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: uuid("invited_by")
      .notNull()
      .references(() => users.id),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: uuid("accepted_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organization_invitations_org").on(t.organizationId)],
);

/** A request to join an organisation that already exists (caught as a duplicate registration). */
export const organizationJoinRequests = pgTable(
  "organization_join_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    message: text("message").notNull().default(""),
    status: text("status", { enum: ["pending", "accepted", "rejected"] })
      .notNull()
      .default("pending"),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organization_join_requests_org").on(t.organizationId)],
);
