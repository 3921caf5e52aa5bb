import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./identity";
import { tenants } from "./tenancy";

export const CONTACT_KIND_VALUES = ["contact", "error_report"] as const;

/**
 * The coordinator's inbox: messages from the contact form and reports of errors on the portal.
 * Each is also mailed to the coordinators; here it is kept until someone marks it handled.
 */
export const contactMessages = pgTable(
  "contact_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    kind: text("kind", { enum: CONTACT_KIND_VALUES }).notNull(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    subject: text("subject").notNull(),
    message: text("message").notNull(),
    /** The page the error was seen on (error reports only). */
    pageUrl: text("page_url"),
    handledAt: timestamp("handled_at", { withTimezone: true }),
    handledBy: uuid("handled_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("contact_messages_tenant_created").on(t.tenantId, t.handledAt, t.createdAt)],
);
