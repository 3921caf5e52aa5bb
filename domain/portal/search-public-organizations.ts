import { and, arrayContains, asc, count, desc, eq, or, type SQL, type SQLWrapper, sql } from "drizzle-orm";
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

type OrderColumns = Record<"id" | "name" | "verifiedAt" | "createdAt", SQLWrapper>;

/** The order of a public search over the given columns; the id breaks ties so pages never overlap. */
function orderOn(sort: PublicOrganizationQuery["sort"], c: OrderColumns): SQL[] {
  if (sort === "newest") return [sql`${c.verifiedAt} desc nulls last`, desc(c.createdAt), asc(c.id)];
  return [asc(c.name), asc(c.id)];
}

/** The order of a public search. */
export function publicSearchOrder(search: PublicOrganizationQuery): SQL[] {
  return orderOn(search.sort, organizations);
}

export interface PublicSearchResult {
  items: PublicOrganizationSummary[];
  total: number;
  /** The page shown: the one asked for, or the last one when it asked past the end. */
  page: number;
  pageSize: number;
  pageCount: number;
}

/**
 * Up to this many matches a search collects and sorts them (about 10 ms at 5,000); with more,
 * matches are dense enough that walking an index in the asked order finds a page sooner.
 */
const SORT_MATCHES_UP_TO = 5_000;

/** The public NGO base (Baza NGO): verified organisations of the tenant by name, number, area, district, form and OPP status. */
export async function searchPublicOrganizations(options: {
  db: DbOrTx;
  tenantId: string;
  search: PublicOrganizationQuery;
  /** Most matches sorted rather than read in an index's order; tests lower it to reach both ways. */
  sortMatchesUpTo?: number;
}): Promise<PublicSearchResult> {
  const { search } = options;
  const { total, rows } = search.q ? await sortMatches(options) : await browse(options);
  const pageCount = pageCountOf(total, search.pageSize);
  const page = Math.min(search.page, pageCount);
  return { items: rows.map(toPublicSummary), total, page, pageSize: search.pageSize, pageCount };
}

type SummaryRow = Parameters<typeof toPublicSummary>[0];
type SearchOptions = Parameters<typeof searchPublicOrganizations>[0];

function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * Without a name: the count first, then a few matches are sorted, and many are read in the order
 * of an index (organizations_tenant_name, organizations_public_newest). The planner cannot choose
 * well here: it assumes matches are spread evenly over the order, and when they are not (odd
 * districts of generated names started halfway through the alphabet), walking the index for a
 * page of 20 read half the base.
 */
async function browse(options: SearchOptions): Promise<{ total: number; rows: SummaryRow[] }> {
  const { db, tenantId, search } = options;
  const where = publicSearchWhere(tenantId, search);
  const [counted] = await db.select({ n: count() }).from(organizations).where(where);
  const total = Number(counted?.n ?? 0);
  if (total === 0) return { total, rows: [] };
  if (total <= (options.sortMatchesUpTo ?? SORT_MATCHES_UP_TO)) return sortMatches(options);
  const page = Math.min(search.page, pageCountOf(total, search.pageSize));
  const rows = await db
    .select(summaryColumns)
    .from(organizations)
    .where(where)
    .orderBy(...publicSearchOrder(search))
    .limit(search.pageSize)
    .offset((page - 1) * search.pageSize);
  return { total, rows };
}

const matches = sql.identifier("matches");
const matchColumns: OrderColumns = {
  id: sql`${matches}.id`,
  name: sql`${matches}.name`,
  verifiedAt: sql`${matches}.verified_at`,
  createdAt: sql`${matches}.created_at`,
};

/**
 * One statement that first collects the matches through the indexes of the conditions (trigram
 * index for a name, KRS/NIP, areas, district), then counts and sorts only them. A name search
 * always goes this way: walking the name index and testing every row (the planner's choice for
 * `order by name limit 20`) took a second at 100,000 organisations. The match set is materialized
 * so the planner plans it without the limit; a page past the end becomes the last one.
 */
async function sortMatches({
  db,
  tenantId,
  search,
}: SearchOptions): Promise<{ total: number; rows: SummaryRow[] }> {
  const size = search.pageSize;
  const columns = sql.join(
    Object.entries(summaryColumns).map(([key, column]) => sql`${column} as ${sql.identifier(key)}`),
    sql`, `,
  );
  const result = await db.execute<SummaryRow & { total: number; id: string | null }>(sql`
    with ${matches} as materialized (
      select ${organizations.id} as id, ${organizations.name} as name,
        ${organizations.verifiedAt} as verified_at, ${organizations.createdAt} as created_at
      from ${organizations}
      where ${publicSearchWhere(tenantId, search)}
    ),
    total as (select count(*)::int as n from ${matches}),
    page as (
      select ${matches}.id from ${matches}
      order by ${sql.join(orderOn(search.sort, matchColumns), sql`, `)}
      limit ${size}::int
      offset (select (least(${search.page}::int, greatest(1, ceil(n / ${size}::numeric)::int)) - 1) * ${size}::int from total)
    )
    select total.n as total, ${columns}
    from total
      left join page on true
      left join ${organizations} on ${organizations.id} = page.id
    order by ${sql.join(publicSearchOrder(search), sql`, `)}`);
  const total = Number(result.rows[0]?.total ?? 0);
  return { total, rows: result.rows.filter((r) => r.id !== null) };
}
