import { and, eq, type Placeholder, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../platform/db/client.server";
import { isTransaction, preparedFor } from "../../platform/db/prepared.server";
import { competitions, legalBases } from "../../platform/db/schema/competitions";
import { offers } from "../../platform/db/schema/offers";
import { AppError } from "../../platform/errors/app-error";
import type { CompetitionParameters } from "../competitions/get-competition-parameters";
import {
  competitionParameterColumns,
  competitionParametersOf,
  legalBasisOfCompetition,
} from "../competitions/read-competition-parameters";
import { isUuid } from "../organizations/access";
import type { MemberRole } from "../organizations/schemas";
import type { Offeror, OfferRow } from "./access";

/*
 * What every change of an offer reads first, in ONE statement (a deadline rush sends hundreds of
 * saves and submissions a minute, and each round trip to the database costs both sides): the
 * offer in the tenant, its offerors with the person's role in each, and its competition's
 * parameters with the legal basis and budget years.
 */

export interface OfferFacts {
  offer: OfferRow;
  offerors: Offeror[];
  competition: CompetitionParameters;
}

/**
 * The offer, its offerors and its competition (NOT_FOUND also for another tenant's id and a
 * malformed id). `forUpdate` locks the offer's row (only it) until the transaction ends, as
 * findOfferInTenant does.
 */
export async function readOfferFacts(
  db: DbOrTx,
  options: { tenantId: string; offerId: unknown; userId: string | null; forUpdate?: boolean },
): Promise<OfferFacts> {
  const { tenantId, offerId, userId } = options;
  if (!isUuid(offerId)) throw new AppError("NOT_FOUND", "error.notFound");
  const values = { tenantId, offerId, userId };
  // Outside a transaction the query is built once per database (platform/db/prepared.server.ts).
  const [row] = options.forUpdate
    ? await factsQuery(db, values).for("update", { of: offers })
    : isTransaction(db)
      ? await factsQuery(db, values)
      : await preparedFor(db as Db, "offerFacts", (d, name) =>
          factsQuery(d, {
            tenantId: sql.placeholder("tenantId"),
            offerId: sql.placeholder("offerId"),
            userId: sql.placeholder("userId"),
          }).prepare(name),
        ).execute(values);
  if (!row) throw new AppError("NOT_FOUND", "error.notFound");
  return {
    offer: row.offer,
    offerors: parseOfferors(row.offerors),
    competition: competitionParametersOf(row.competition),
  };
}

type Value<T> = T | Placeholder;

function factsQuery(
  db: DbOrTx,
  p: { tenantId: Value<string>; offerId: Value<string>; userId: Value<string | null> },
) {
  return db
    .select({
      offer: offers,
      offerors: offerorsJson(p.userId),
      competition: competitionParameterColumns(),
    })
    .from(offers)
    .innerJoin(competitions, eq(competitions.id, offers.competitionId))
    .leftJoin(legalBases, legalBasisOfCompetition(p.tenantId))
    .where(and(eq(offers.id, p.offerId), eq(offers.tenantId, p.tenantId)))
    .limit(1);
}

/** (Written with the table's name: a column interpolated into a one-table select would lose it.) */
/** The leader then the partners in the order added, each with the person's role (readOfferors' answer as JSON). */
function offerorsJson(userId: Value<string | null>) {
  return sql<unknown>`(
    select json_agg(json_build_object('organizationId', o.organization_id, 'leader', o.leader, 'role', m.role)
      order by o.leader desc, o.position, o.created_at)
    from (
      select offers.organization_id as organization_id, true as leader, -1 as position, null::timestamptz as created_at
      union all
      select p.organization_id, false, p.position, p.created_at from offer_partners p where p.offer_id = offers.id
    ) o
    left join organization_members m on m.organization_id = o.organization_id and m.user_id = ${userId}::uuid
  )`;
}

function parseOfferors(value: unknown): Offeror[] {
  const list = typeof value === "string" ? JSON.parse(value) : value;
  if (!Array.isArray(list)) return [];
  return list.map((o: { organizationId: string; leader: boolean; role: MemberRole | null }) => ({
    organizationId: o.organizationId,
    leader: o.leader === true,
    role: o.role ?? null,
  }));
}
