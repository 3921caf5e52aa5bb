import { count, sql } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { organizations } from "../../platform/db/schema/organizations";
import { isPublicIn } from "./public-organization";

/** The home page's figures: public (verified) organisations and how many of them have OPP status. */
export async function getPortalFigures(options: { db: DbOrTx; tenantId: string }) {
  const [row] = await options.db
    .select({
      organizations: count(),
      opp: sql<number>`count(*) filter (where ${organizations.opp})`.mapWith(Number),
    })
    .from(organizations)
    .where(isPublicIn(options.tenantId));
  return { verifiedOrganizations: Number(row?.organizations ?? 0), oppOrganizations: Number(row?.opp ?? 0) };
}
