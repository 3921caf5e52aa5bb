import { sql } from "drizzle-orm";
import { bigint, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { competitions } from "./competitions";
import { users } from "./identity";
import { offers, offerVersions } from "./offers";
import { tenants } from "./tenancy";

/*
 * The update of an offer after the award (aktualizacja oferty, PROCESS.md §3): when the published
 * result funds an offer with less than it asked, the organisation updates the task and the cost
 * table to the awarded amount (a new frozen version of kind "update") or withdraws from the grant;
 * the officer accepts the update or returns it with remarks. One live round per offer (partial
 * unique index); the rules live in domain/updates/.
 */

export const UPDATE_STATUS_VALUES = ["open", "submitted", "accepted", "returned", "withdrawn"] as const;

export const offerUpdates = pgTable(
  "offer_updates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id),
    competitionId: uuid("competition_id")
      .notNull()
      .references(() => competitions.id),
    /** The amount the published result awards (grosze): the updated grant must equal it. */
    awardedAmount: bigint("awarded_amount", { mode: "number" }).notNull(),
    /** The amount the offer asked for, as the result published it. */
    requestedAmount: bigint("requested_amount", { mode: "number" }).notNull(),
    status: text("status", { enum: UPDATE_STATUS_VALUES }).notNull().default("open"),
    /** The submitted version the round updates. */
    fromVersionId: uuid("from_version_id")
      .notNull()
      .references(() => offerVersions.id),
    /** The frozen update (kind "update"), the latest one submitted in this round. */
    versionId: uuid("version_id").references(() => offerVersions.id),
    /** The officer's remarks when returning the update. */
    remarks: text("remarks"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedBy: uuid("decided_by").references(() => users.id),
    /** Why the organisation withdrew from the grant (rezygnacja). */
    withdrawalReason: text("withdrawal_reason"),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    withdrawnBy: uuid("withdrawn_by").references(() => users.id),
  },
  (t) => [
    uniqueIndex("offer_updates_live_offer")
      .on(t.offerId)
      .where(sql`${t.status} in ('open', 'submitted', 'returned')`),
    index("offer_updates_offer").on(t.offerId, t.createdAt),
    index("offer_updates_competition").on(t.competitionId, t.status),
  ],
);
