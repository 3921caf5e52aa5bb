import { and, desc, eq, inArray, ne, or } from "drizzle-orm";
import type { Actor } from "../../platform/audit/write-audit.server";
import type { Db } from "../../platform/db/client.server";
import { competitions } from "../../platform/db/schema/competitions";
import { contracts } from "../../platform/db/schema/contracts";
import { offerPartners } from "../../platform/db/schema/offers";
import { organizationMembers, organizations } from "../../platform/db/schema/organizations";
import { requireUserId } from "../organizations/access";
import { paidByContract } from "./list-office-contracts";

/**
 * The contracts of the organisations the person belongs to (as the leading offeror or a partner),
 * drafts left out (the organisation sees a contract once it is sent), newest first.
 */
export async function listMemberContracts(options: { db: Db; tenantId: string; actor: Actor }) {
  const userId = requireUserId(options.actor);
  const mine = options.db
    .select({ id: organizationMembers.organizationId })
    .from(organizationMembers)
    .where(eq(organizationMembers.userId, userId));
  const asPartner = options.db
    .select({ offerId: offerPartners.offerId })
    .from(offerPartners)
    .where(inArray(offerPartners.organizationId, mine));
  const rows = await options.db
    .select({
      id: contracts.id,
      number: contracts.number,
      status: contracts.status,
      taskTitle: contracts.taskTitle,
      grantAmount: contracts.grantAmount,
      taskStart: contracts.taskStart,
      taskEnd: contracts.taskEnd,
      organizationName: organizations.name,
      competitionTitle: competitions.title,
    })
    .from(contracts)
    .innerJoin(competitions, eq(competitions.id, contracts.competitionId))
    .innerJoin(organizations, eq(organizations.id, contracts.organizationId))
    .where(
      and(
        eq(contracts.tenantId, options.tenantId),
        ne(contracts.status, "draft"),
        or(inArray(contracts.organizationId, mine), inArray(contracts.offerId, asPartner)),
      ),
    )
    .orderBy(desc(contracts.createdAt));
  const paid = await paidByContract(
    options.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, paid: paid.get(r.id) ?? 0 }));
}
