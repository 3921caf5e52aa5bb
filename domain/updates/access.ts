import { desc, eq, sql } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { DbOrTx } from "../../platform/db/client.server";
import { organizations } from "../../platform/db/schema/organizations";
import { offerUpdates } from "../../platform/db/schema/updates";
import { AppError } from "../../platform/errors/app-error";
import type { Offeror } from "../offers/access";
import type { StaffRoleName } from "../offers/policy";
import type { MemberRole } from "../organizations/schemas";
import type { UpdateSubject } from "./policy";

/** Helpers every use case of the update after the award shares. */

export type UpdateRow = typeof offerUpdates.$inferSelect;
export type StaffRoles = readonly { role: StaffRoleName; departmentId: string | null }[];

/** The subject of the update's policy: roles in the offerors and staff roles. */
export function updateSubjectOf(offerors: readonly Offeror[], staffRoles: StaffRoles = []): UpdateSubject {
  return {
    memberRoles: offerors.filter((o) => o.role !== null).map((o) => o.role as MemberRole),
    staffRoles,
  };
}

/** The offer's latest update round (any status), or null; `forUpdate` locks it. */
export async function latestRoundOf(
  db: DbOrTx,
  offerId: string,
  options: { forUpdate?: boolean } = {},
): Promise<UpdateRow | null> {
  const query = db
    .select()
    .from(offerUpdates)
    .where(eq(offerUpdates.offerId, offerId))
    .orderBy(desc(offerUpdates.createdAt), desc(offerUpdates.id))
    .limit(1);
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

/** The offer's latest round, or CONFLICT "updates.error.noRound" when the result asks for none. */
export async function requireRoundOf(db: DbOrTx, offerId: string): Promise<UpdateRow> {
  const round = await latestRoundOf(db, offerId, { forUpdate: true });
  if (!round) throw new AppError("CONFLICT", "updates.error.noRound");
  return round;
}

/**
 * Opens the update round of every offer the published results fund with less than it asked
 * (PROCESS.md §3), lazily and idempotently: one INSERT … SELECT of the submitted offers of a
 * resolved competition with no round yet (an accepted or withdrawn round is not reopened); two
 * concurrent calls meet the partial unique index on the live round and the second writes nothing.
 * Each round opened is audited. Restricted to one offer or one competition.
 */
export async function ensureUpdateRounds(
  db: DbOrTx,
  options: { tenantId: string; actor: Actor; offerId?: string; competitionId?: string },
): Promise<number> {
  const scope = options.offerId
    ? sql`and r.offer_id = ${options.offerId}::uuid`
    : options.competitionId
      ? sql`and r.competition_id = ${options.competitionId}::uuid`
      : sql``;
  const result = await db.execute<{ id: string; offer_id: string; awarded_amount: string }>(sql`
    insert into offer_updates (tenant_id, offer_id, competition_id, awarded_amount, requested_amount, from_version_id)
    select r.tenant_id, r.offer_id, r.competition_id, r.awarded_amount, r.requested_amount, o.submitted_version_id
    from competition_results r
    join offers o on o.id = r.offer_id
    join competitions c on c.id = r.competition_id
    where r.tenant_id = ${options.tenantId}::uuid ${scope}
      and r.status = 'funded' and r.awarded_amount > 0 and r.awarded_amount < r.requested_amount
      and c.status = 'resolved' and o.status = 'submitted' and o.submitted_version_id is not null
      and not exists (select 1 from offer_updates u where u.offer_id = r.offer_id)
    on conflict do nothing
    returning id, offer_id, awarded_amount`);
  for (const row of result.rows)
    await writeAudit(db, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "offer",
      entityId: row.offer_id,
      action: "updates.opened",
      after: { updateId: row.id, status: "open", awardedAmount: Number(row.awarded_amount) },
    });
  return result.rows.length;
}

/** Every round of an offer, newest first (history for the office's page). */
export async function roundsOf(db: DbOrTx, offerId: string): Promise<UpdateRow[]> {
  return db
    .select()
    .from(offerUpdates)
    .where(eq(offerUpdates.offerId, offerId))
    .orderBy(desc(offerUpdates.createdAt), desc(offerUpdates.id));
}

/** The name of an organisation (for mail), or "". */
export async function organizationNameOf(db: DbOrTx, organizationId: string): Promise<string> {
  const [row] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, organizationId))
    .limit(1);
  return row?.name ?? "";
}

/** The update's pages, for links in mail. */
export const updateLinks = {
  ngo: (appUrl: string, offerId: string) =>
    `${appUrl.replace(/\/$/, "")}/panel/oferty/${offerId}/aktualizacja`,
  office: (appUrl: string, offerId: string) =>
    `${appUrl.replace(/\/$/, "")}/urzad/oferty/${offerId}/aktualizacja`,
};
