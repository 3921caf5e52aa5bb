import { bigserial, index, inet, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Append-only audit log; a trigger refuses UPDATE and DELETE (see the migration). */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    tenantId: uuid("tenant_id"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid("actor_user_id"),
    /** Who acted, readable even after the account is gone: e-mail, "system", "anonymous". */
    actorLabel: text("actor_label").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    action: text("action").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    ip: inet("ip"),
  },
  (t) => [
    index("audit_log_tenant_at").on(t.tenantId, t.at),
    index("audit_log_entity").on(t.entityType, t.entityId),
    index("audit_log_actor").on(t.actorUserId),
  ],
);
