import { sql } from "drizzle-orm";
import { jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/** Settings a municipality may change; every key has a default in platform/tenancy/settings.ts. */
export type TenantSettingsJson = Record<string, unknown>;

/** A municipality (gmina, powiat, województwo): owns every record of the platform. */
export const tenants = pgTable("tenants", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  /** TERYT code of the unit (7 digits with the type digit), e.g. 2464011 for Częstochowa. */
  teryt: text("teryt").notNull(),
  bipUrl: text("bip_url"),
  logoUrl: text("logo_url"),
  /** Host names that resolve to this tenant, e.g. ngo.czestochowa.pl. */
  hostnames: text("hostnames").array().notNull().default(sql`'{}'::text[]`),
  settings: jsonb("settings").$type<TenantSettingsJson>().notNull().default({}),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A department of the office (wydział merytoryczny) that runs procedures. */
export const departments = pgTable(
  "departments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id),
    code: text("code").notNull(),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("departments_tenant_code").on(t.tenantId, t.code)],
);

/** Secrets generated on first start and shared by every app process (e.g. when SESSION_SECRET is unset in demo mode). */
export const instanceSecrets = pgTable("instance_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
