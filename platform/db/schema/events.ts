import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./identity";
import { organizations } from "./organizations";
import { tenants } from "./tenancy";

/** Stored categories of events; competition deadlines are derived at query time, never stored. */
export const EVENT_CATEGORY_VALUES = ["organization", "training", "council"] as const;
/** Statuses of an event; the same list is domain/events/states.ts EVENT_STATUSES (its test checks). */
export const EVENT_STATUS_VALUES = ["pending", "published", "rejected", "cancelled"] as const;
/** Statuses of a registration for a training. */
export const REGISTRATION_STATUS_VALUES = ["confirmed", "waiting", "cancelled"] as const;

/**
 * The portal's calendar (Kalendarz): organisation events (submitted by a verified organisation,
 * moderated by the coordinator), trainings and webinars (with capacity and a waiting list) and
 * council meetings, which staff publish directly. Text is plain, never rendered as HTML.
 */
export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    category: text("category", { enum: EVENT_CATEGORY_VALUES }).notNull(),
    /** The organisation that submitted it; null for the office's own events. */
    organizationId: uuid("organization_id").references(() => organizations.id),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    location: text("location").notNull().default(""),
    /** A page about the event or the webinar's address (optional). */
    url: text("url"),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    /** Places for registration (trainings only); null = no registration on the portal. */
    capacity: integer("capacity"),
    status: text("status", { enum: EVENT_STATUS_VALUES }).notNull().default("pending"),
    rejectionReason: text("rejection_reason"),
    cancellationReason: text("cancellation_reason"),
    submittedBy: uuid("submitted_by").references(() => users.id),
    decidedBy: uuid("decided_by").references(() => users.id),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    /** Bumped by every change, so ICS clients see a new SEQUENCE and open forms notice. */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("events_tenant_status_starts").on(t.tenantId, t.status, t.startsAt),
    index("events_organization").on(t.organizationId),
    check("events_ends_after_start", sql`${t.endsAt} >= ${t.startsAt}`),
    check("events_capacity_positive", sql`${t.capacity} is null or ${t.capacity} > 0`),
  ],
);

/**
 * A person registered for a training: confirmed while places last, then on the waiting list
 * (ordered by position). Cancelling needs the single-use token from the confirmation mail,
 * stored only as its SHA-256.
 */
export const eventRegistrations = pgTable(
  "event_registrations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id),
    name: text("name").notNull(),
    /** Lower-cased; one live registration per address and event. */
    email: text("email").notNull(),
    organizationName: text("organization_name"),
    status: text("status", { enum: REGISTRATION_STATUS_VALUES }).notNull(),
    /** Order of arrival within the event (1, 2, …), taken under the event's row lock: the waiting list's order. */
    position: integer("position").notNull(),
    cancelTokenHash: text("cancel_token_hash"),
    consentAt: timestamp("consent_at", { withTimezone: true }).notNull(),
    promotedAt: timestamp("promoted_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("event_registrations_event_status").on(t.eventId, t.status),
    uniqueIndex("event_registrations_event_position").on(t.eventId, t.position),
    uniqueIndex("event_registrations_live_email")
      .on(t.eventId, t.email)
      .where(sql`${t.status} <> 'cancelled'`),
    uniqueIndex("event_registrations_cancel_token").on(t.cancelTokenHash),
  ],
);
