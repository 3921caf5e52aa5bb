import { and, arrayContains, asc, count, desc, eq, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { organizations } from "../../platform/db/schema/organizations";
import { normalizeKrs, stripSeparators } from "../../platform/validation/identifiers";
import type { PublicOrganizationQuery, PublicOrganizationSummary } from "./api-schemas";
import { isPublicIn, summaryColumns, toPublicSummary } from "./public-organization";

/** Shortest text for which trigram similarity means anything (a trigram is three characters). */
const MIN_TRIGRAM_QUERY = 3;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The name condition: a fragment anywhere in the name, or a word of the name close to the typed
 * text (pg_trgm's word similarity, `%>`, so "hospicjum" or "hospicyjnj" still finds "Hospicyjnej").
 * Both sides use lower(name), the expression of the trigram GIN index (migration 0002), so
 * neither needs a scan of the table.
 */
function nameMatches(q: string): SQL {
  const fragment = sql`lower(${organizations.name}) like lower(${`%${escapeLike(q)}%`})`;
  if (q.length < MIN_TRIGRAM_QUERY) return fragment;
  return sql`(${fragment} or lower(${organizations.name}) %> lower(${q}))`;
}

/** Exact KRS (zero-padded, "391877" finds 0000391877) or NIP when the text is digits. */
function identifierMatches(q: string): SQL[] {
  const digits = stripSeparators(q);
  if (!/^\d+$/.test(digits)) return [];
  const matches: SQL[] = [];
  const krs = normalizeKrs(digits);
  if (krs) matches.push(eq(organizations.krs, krs));
  if (digits.length === 10) matches.push(eq(organizations.nip, digits));
  return matches;
}

/** The conditions of a public search: always only the tenant's verified organisations. */
export function publicSearchWhere(tenantId: string, search: PublicOrganizationQuery): SQL {
  const filters: SQL[] = [isPublicIn(tenantId)];
  if (search.q) filters.push(or(nameMatches(search.q), ...identifierMatches(search.q)) as SQL);
  if (search.area) filters.push(arrayContains(organizations.areas, [search.area]));
  if (search.district) filters.push(eq(organizations.district, search.district));
  if (search.legalForm) filters.push(eq(organizations.legalForm, search.legalForm));
  if (search.opp !== undefined) filters.push(eq(organizations.opp, search.opp));
  return and(...filters) as SQL;
}

/** The order of a public search; the id breaks ties so pages never overlap. */
export function publicSearchOrder(search: PublicOrganizationQuery): SQL[] {
  if (search.sort === "newest") {
    return [
      sql`${organizations.verifiedAt} desc nulls last`,
      desc(organizations.createdAt),
      asc(organizations.id),
    ];
  }
  return [asc(organizations.name), asc(organizations.id)];
}

export interface PublicSearchResult {
  items: PublicOrganizationSummary[];
  total: number;
  /** The page shown: the one asked for, or the last one when it asked past the end. */
  page: number;
  pageSize: number;
  pageCount: number;
}

/** The public NGO base (Baza NGO): verified organisations of the tenant by name, number, area, district, form and OPP status. */
export async function searchPublicOrganizations(options: {
  db: DbOrTx;
  tenantId: string;
  search: PublicOrganizationQuery;
}): Promise<PublicSearchResult> {
  const { db, tenantId, search } = options;
  const where = publicSearchWhere(tenantId, search);
  const [counted] = await db.select({ n: count() }).from(organizations).where(where);
  const total = Number(counted?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / search.pageSize));
  const page = Math.min(search.page, pageCount);
  const rows = await db
    .select(summaryColumns)
    .from(organizations)
    .where(where)
    .orderBy(...publicSearchOrder(search))
    .limit(search.pageSize)
    .offset((page - 1) * search.pageSize);
  return { items: rows.map(toPublicSummary), total, page, pageSize: search.pageSize, pageCount };
}
