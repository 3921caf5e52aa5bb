import { and, eq, sql } from "drizzle-orm";
import { type Actor, auditInsertFrom } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db, DbOrTx } from "../../platform/db/client.server";
import { users } from "../../platform/db/schema/identity";
import { offerSections } from "../../platform/db/schema/offers";
import { AppError } from "../../platform/errors/app-error";
import { requireUserId, validationError } from "../organizations/access";
import { assertSectionEditable, factsOf, subjectOf } from "./access";
import { calculateCosts } from "./calculations";
import { readOfferFacts } from "./offer-facts";
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
 * Saves one section of a draft in two statements (ADR 010, ADR 015): the offer's facts are read
 * (readOfferFacts, no lock), the person and the moment checked, the content parsed with the
 * section's schema (VALIDATION by field path, "rows.3.unitCost"); then ONE statement locks the
 * offer's row if its status is still the one read, updates the section guarded by the version the
 * form was read at, bumps the offer's revision with its denormalised title or amounts and writes
 * the audit line. Another editor's save in between is a CONFLICT with who and when; the same
 * content again is no change; an offer whose status changed meanwhile (a submission, a withdrawal)
 * is read again and refused by the same checks. Refused once the deadline has passed by the
 * server's clock, except a section listed by an open correction round before its deadline.
 */
export async function saveOfferSection(
  options: SaveOfferSectionOptions,
): Promise<{ version: number; revision: number }> {
  const userId = requireUserId(options.actor);
  if (!isSectionKey(options.section)) throw new AppError("NOT_FOUND", "error.notFound");
  const section = options.section;
  const { db } = options;
  for (let attempt = 1; ; attempt++) {
    const { offer, offerors, competition } = await readOfferFacts(db, {
      tenantId: options.tenantId,
      offerId: options.offerId,
      userId,
    });
    assertCan(subjectOf(offerors), "edit", factsOf(offer, competition.departmentId));
    const now = options.clock.now();
    await assertSectionEditable(db, offer, competition, section, now);
    const parsed = parseSection(section, options.content);
    if (!parsed.success) throw validationError(parsed.error.issues);
    const json = JSON.stringify(parsed.data);

    const result = await db.execute<{ version: number; revision: number | null }>(sql`
      with locked as (
        select id from offers where id = ${offer.id} and status = ${offer.status} for update
      ), saved as (
        update offer_sections
        set content = ${json}::jsonb, version = version + 1, updated_by = ${userId}::uuid,
            updated_at = ${now.toISOString()}::timestamptz
        where offer_id = ${offer.id} and section = ${section} and version = ${options.expectedVersion}
          and content is distinct from ${json}::jsonb and exists (select 1 from locked)
        returning version
      ), bumped as (
        update offers
        set revision = revision + 1, updated_at = ${now.toISOString()}::timestamptz${denormalised(section, parsed.data)}
        where id = ${offer.id} and exists (select 1 from saved)
        returning revision
      ), audited as (
        ${auditInsertFrom(
          {
            tenantId: options.tenantId,
            actor: options.actor,
            entityType: "offer",
            entityId: offer.id,
            action: "offer.sectionSaved",
          },
          sql`saved`,
          sql`jsonb_build_object('section', ${section}::text, 'version', saved.version)`,
        )}
      )
      select saved.version, bumped.revision from saved left join bumped on true`);
    const row = result.rows[0];
    if (row) {
      if (row.revision === null) throw new Error("offer vanished during save");
      return { version: Number(row.version), revision: Number(row.revision) };
    }
    const current = await currentSection(db, offer.id, section, json);
    // The same content as stored (an unchanged form, or two people typing the same): nothing to save.
    if (current?.same) return { version: current.version, revision: offer.revision };
    // The version read is still there, so the offer's status changed: its checks run again.
    if (current?.version === options.expectedVersion && attempt < 3) continue;
    throw new AppError("CONFLICT", "offer.error.sectionChanged", {
      details: {
        currentVersion: current?.version ?? null,
        updatedBy: current?.updatedBy ?? null,
        updatedAt: current?.updatedAt.toISOString() ?? null,
      },
    });
  }
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

async function currentSection(tx: DbOrTx, offerId: string, section: SectionKey, json: string) {
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
