import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { organizations } from "../../platform/db/schema/organizations";
import { AppError } from "../../platform/errors/app-error";
import { isUuid } from "../organizations/access";
import type { PublicOrganization } from "./api-schemas";
import { isPublicIn, profileColumns, toPublicOrganization } from "./public-organization";

/**
 * One organisation's public profile. NOT_FOUND for a malformed id, another tenant's organisation
 * and a registration that is pending or rejected: the public cannot tell them apart.
 */
export async function getPublicOrganization(options: {
  db: DbOrTx;
  tenantId: string;
  organizationId: unknown;
}): Promise<PublicOrganization> {
  const { db, tenantId, organizationId } = options;
  if (!isUuid(organizationId)) throw new AppError("NOT_FOUND", "error.notFound");
  const [row] = await db
    .select(profileColumns)
    .from(organizations)
    .where(and(eq(organizations.id, organizationId), isPublicIn(tenantId)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  return toPublicOrganization(row);
}
