import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import type { Clock } from "../../platform/clock/clock";
import type { DbOrTx } from "../../platform/db/client.server";
import { organizations } from "../../platform/db/schema/organizations";
import { type OppCampaignYear, readTenantSettings } from "../../platform/tenancy/settings";
import { type AreaCode, isAreaCode } from "../organizations/areas";
import { isPublicIn } from "./public-organization";
import { EXPORT_MAX_ROWS } from "./rules";

/**
 * The 1.5 % campaign ("Zostaw 1,5 % w …", PROCESS.md §8): the local public-benefit organisations
 * a resident may name in the tax return, and the campaign's figures per year.
 */

/** Words before the town's name in a municipality's official name ("Gmina Miasto Częstochowa"). */
const UNIT_PREFIX =
  /^(gmina\s+miasto|gmina\s+miejska|gmina\s+i\s+miasto|miasto\s+i\s+gmina|miasto\s+stołeczne|miasto|gmina)\s+/iu;

/** The town of the municipality's seat: the setting, or the tenant's name without "Gmina Miasto". */
export function seatCityOf(tenant: { name: string; settings: unknown }): string {
  const configured = readTenantSettings(tenant.settings).seatCity.trim();
  if (configured) return configured;
  return tenant.name.trim().replace(UNIT_PREFIX, "").trim();
}

export interface LocalOpp {
  id: string;
  name: string;
  /** The number to write in the tax return (ustawa o PIT art. 45c ust. 1: "numer wpisu do KRS"). */
  krs: string;
  areas: AreaCode[];
  district: string | null;
}

/**
 * The local OPPs as of now: verified organisations of the tenant with OPP status whose seat is in
 * the municipality's town. OPP status is entered in the KRS (UDPP art. 22), so an organisation
 * without a KRS number in the base cannot be named in a tax return and is left out.
 */
export async function listLocalOpps(options: {
  db: DbOrTx;
  tenantId: string;
  seatCity: string;
  clock: Clock;
}): Promise<{ asOf: string; seatCity: string; organizations: LocalOpp[] }> {
  const { db, tenantId, seatCity, clock } = options;
  const asOf = clock.now().toISOString();
  if (!seatCity.trim()) return { asOf, seatCity, organizations: [] };
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      krs: organizations.krs,
      areas: organizations.areas,
      district: organizations.district,
    })
    .from(organizations)
    .where(
      and(
        isPublicIn(tenantId),
        eq(organizations.opp, true),
        isNotNull(organizations.krs),
        sql`lower(trim(${organizations.city})) = lower(trim(${seatCity}))`,
      ),
    )
    .orderBy(asc(organizations.name), asc(organizations.id))
    .limit(EXPORT_MAX_ROWS);
  return {
    asOf,
    seatCity,
    organizations: rows.map((r) => ({
      id: r.id,
      name: r.name,
      krs: r.krs ?? "",
      areas: r.areas.filter(isAreaCode),
      district: r.district,
    })),
  };
}

/** The campaign's figures from the tenant's settings, oldest year first. */
export function oppCampaignFigures(settings: unknown): OppCampaignYear[] {
  return [...readTenantSettings(settings).oppCampaign].sort((a, b) => a.year - b.year);
}
