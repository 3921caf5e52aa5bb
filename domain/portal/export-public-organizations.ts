import type { DbOrTx } from "../../platform/db/client.server";
import { organizations } from "../../platform/db/schema/organizations";
import type { PublicOrganization, PublicOrganizationQuery } from "./api-schemas";
import { profileColumns, toPublicOrganization } from "./public-organization";
import { EXPORT_MAX_ROWS } from "./rules";
import { publicSearchOrder, publicSearchWhere } from "./search-public-organizations";

/**
 * Every organisation a public search finds, not one page (for the CSV and XLSX downloads), in the
 * search's order and with the same public fields as the profile; at most EXPORT_MAX_ROWS.
 */
export async function exportPublicOrganizations(options: {
  db: DbOrTx;
  tenantId: string;
  search: PublicOrganizationQuery;
}): Promise<{ rows: PublicOrganization[]; truncated: boolean }> {
  const rows = await options.db
    .select(profileColumns)
    .from(organizations)
    .where(publicSearchWhere(options.tenantId, options.search))
    .orderBy(...publicSearchOrder(options.search))
    .limit(EXPORT_MAX_ROWS + 1);
  return {
    rows: rows.slice(0, EXPORT_MAX_ROWS).map(toPublicOrganization),
    truncated: rows.length > EXPORT_MAX_ROWS,
  };
}
