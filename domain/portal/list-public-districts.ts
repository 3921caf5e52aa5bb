import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { organizations } from "../../platform/db/schema/organizations";
import { isPublicIn } from "./public-organization";

/**
 * Districts where the tenant's public organisations have their seat, for the search filter (Polish order).
 * A loose index scan over organizations_public_district: one probe for the next district after the
 * last one, so a few dozen districts cost a few dozen index lookups instead of a pass over every
 * organisation (`select distinct` read the whole base, 120 ms at 100,000 organisations).
 */
export async function listPublicDistricts(options: { db: DbOrTx; tenantId: string }): Promise<string[]> {
  const publicHere = isPublicIn(options.tenantId);
  const district = organizations.district;
  const result = await options.db.execute<{ district: string }>(sql`
    with recursive found(district) as (
      (select ${district} from ${organizations}
        where ${publicHere} and ${district} is not null order by ${district} limit 1)
      union all
      select (select ${district} from ${organizations}
          where ${publicHere} and ${district} > found.district order by ${district} limit 1)
        from found where found.district is not null
    )
    select district from found where district is not null`);
  return result.rows
    .map((r) => r.district)
    .filter(Boolean)
    .sort((a, b) => a.localeCompare(b, "pl"));
}
