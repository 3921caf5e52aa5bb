-- The public NGO base at 100,000 organisations (bench ngo-search; domain/portal).
-- The GIN indexes take new rows straight into their tree (fastupdate off). With the default pending
-- list, a bulk import leaves megabytes of unsorted entries that every search reads and the planner
-- prices in, so until the next vacuum it chose a sequential scan computing word similarity for
-- every row. Organisations are written rarely and searched often, so the slower insert is the
-- right trade. The pending entries already there are merged now.
ALTER INDEX organizations_name_trgm SET (fastupdate = off);
--> statement-breakpoint
ALTER INDEX organizations_tenant_areas SET (fastupdate = off);
--> statement-breakpoint
SELECT gin_clean_pending_list('organizations_name_trgm'::regclass), gin_clean_pending_list('organizations_tenant_areas'::regclass);
--> statement-breakpoint
-- Public organisations by district: the search form's districts as a loose index scan (one probe
-- per district). Small because B-tree deduplication folds the repeated keys, so the planner
-- prefers it to organizations_tenant_district, which would also walk every pending organisation.
CREATE INDEX IF NOT EXISTS organizations_public_district ON organizations (tenant_id, district) WHERE status = 'verified';
--> statement-breakpoint
-- The home page's figures (public organisations, how many with OPP status) as an index-only count.
CREATE INDEX IF NOT EXISTS organizations_public_opp ON organizations (tenant_id, opp) WHERE status = 'verified';
--> statement-breakpoint
-- The "newest" order of the public search, so its first pages need no sort of the whole base.
CREATE INDEX IF NOT EXISTS organizations_public_newest ON organizations (tenant_id, verified_at DESC NULLS LAST, created_at DESC, id) WHERE status = 'verified';
