-- Trigram search for the NGO base (name, KRS/NIP by prefix are covered by B-tree indexes).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS organizations_name_trgm ON organizations USING gin (lower(name) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS organizations_tenant_areas ON organizations USING gin (areas);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS organizations_tenant_district ON organizations (tenant_id, district);
