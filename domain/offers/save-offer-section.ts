import { and, eq, sql } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db, Tx } from "../../platform/db/client.server";
import { users } from "../../platform/db/schema/identity";
import { offerSections } from "../../platform/db/schema/offers";
import { AppError } from "../../platform/errors/app-error";
import { readCompetitionParameters } from "../competitions/read-competition-parameters";
import { requireUserId, validationError } from "../organizations/access";
import { assertSectionEditable, factsOf, findOfferInTenant, subjectOf } from "./access";
import { calculateCosts } from "./calculations";
import { readOfferors } from "./offer-content";
import { assertCan } from "./policy";
import { type CostsSection, isSectionKey, parseSection, type SectionKey, type TaskSection } from "./sections";

export interface SaveOfferSectionOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  clock: Clock;
  offerId: unknown;
  section: SectionKey;
  /** The section's version the form was read at. */
  expectedVersion: number;
  content: unknown;
}

/**
 * Saves one section of a draft in one transaction (ADR 010): the content is parsed with the
 * section's schema (VALIDATION by field path, "rows.3.unitCost"), written by one UPDATE guarded by
 * the version the form was read at, with the offer's revision and denormalised title or amounts
 * in the same statement. Another editor's save in between is a CONFLICT with who and when; the same
 * content again is no change. Refused once the deadline has passed by the server's clock, except
 * a section listed by an open correction round before its deadline.
 */
export async function saveOfferSection(
  options: SaveOfferSectionOptions,
): Promise<{ version: number; revision: number }> {
  const userId = requireUserId(options.actor);
  if (!isSectionKey(options.section)) throw new AppError("NOT_FOUND", "error.notFound");
  const section = options.section;
  return options.db.transaction(async (tx) => {
    // The offer row first, as every change of an offer takes its locks (offer, then sections): a
    // partner's removal rewriting V.C and this save never wait on each other crosswise.
    const offer = await findOfferInTenant(tx, options.tenantId, options.offerId, { forUpdate: true });
    const offerors = await readOfferors(tx, offer, userId);
    const competition = await readCompetitionParameters({
      db: tx,
      tenantId: options.tenantId,
      competitionId: offer.competitionId,
    });
    assertCan(subjectOf(offerors), "edit", factsOf(offer, competition.departmentId));
    const now = options.clock.now();
    await assertSectionEditable(tx, offer, competition, section, now);
    const parsed = parseSection(section, options.content);
    if (!parsed.success) throw validationError(parsed.error.issues);
    const json = JSON.stringify(parsed.data);

    // The section's guarded update and the offer's revision with its denormalised columns in one
    // statement: the offer's update runs only when the section's did.
    const result = await tx.execute<{ version: number; revision: number | null }>(sql`
      with saved as (
        update offer_sections
        set content = ${json}::jsonb, version = version + 1, updated_by = ${userId}::uuid,
            updated_at = ${now.toISOString()}::timestamptz
        where offer_id = ${offer.id} and section = ${section} and version = ${options.expectedVersion}
          and content is distinct from ${json}::jsonb
        returning version
      ), bumped as (
        update offers
        set revision = revision + 1, updated_at = ${now.toISOString()}::timestamptz${denormalised(section, parsed.data)}
        where id = ${offer.id} and exists (select 1 from saved)
        returning revision
      )
      select saved.version, bumped.revision from saved left join bumped on true`);
    const row = result.rows[0];
    if (!row) {
      const current = await currentSection(tx, offer.id, section, json);
      // The same content as stored (an unchanged form, or two people typing the same): nothing to save.
      if (current?.same) return { version: current.version, revision: offer.revision };
      throw new AppError("CONFLICT", "offer.error.sectionChanged", {
        details: {
          currentVersion: current?.version ?? null,
          updatedBy: current?.updatedBy ?? null,
          updatedAt: current?.updatedAt.toISOString() ?? null,
        },
      });
    }
    if (row.revision === null) throw new Error("offer vanished during save");
    const version = Number(row.version);
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "offer",
      entityId: offer.id,
      action: "offer.sectionSaved",
      after: { section, version },
    });
    return { version, revision: Number(row.revision) };
  });
}

/** The offer's columns kept for lists and exports: the title from III, the amounts from V (SET items). */
function denormalised(section: SectionKey, content: unknown) {
  if (section === "task") return sql`, title = ${(content as TaskSection).title}`;
  if (section === "costs") {
    const calc = calculateCosts(content as CostsSection);
    return sql`, total_cost = ${calc.totals.total}, requested_grant = ${calc.sources.grant}`;
  }
  return sql``;
}

async function currentSection(tx: Tx, offerId: string, section: SectionKey, json: string) {
  const [row] = await tx
    .select({
      version: offerSections.version,
      updatedAt: offerSections.updatedAt,
      updatedBy: users.name,
      same: sql<boolean>`${offerSections.content} = ${json}::jsonb`,
    })
    .from(offerSections)
    .leftJoin(users, eq(users.id, offerSections.updatedBy))
    .where(and(eq(offerSections.offerId, offerId), eq(offerSections.section, section)))
    .limit(1);
  return row;
}
