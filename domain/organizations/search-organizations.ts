import { and, asc, count, eq, ilike, or, type SQL } from "drizzle-orm";
import type { Db } from "../../platform/db/client.server";
import { organizations } from "../../platform/db/schema/organizations";
import { stripSeparators } from "../../platform/validation/identifiers";
import { z } from "../../platform/validation/zod-messages";
import { BACK_OFFICE_PAGE_SIZE } from "./rules";
import { ORGANIZATION_STATUSES } from "./states";

/** The back office's filters as they come in the query string; anything unknown falls back to the default. */
export const OrganizationSearchSchema = z.object({
  status: z.enum(ORGANIZATION_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type OrganizationSearch = z.infer<typeof OrganizationSearchSchema>;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Organisations of the tenant for the back office: by status and by name, NIP or KRS, a page at a time. */
export async function searchOrganizations(options: { db: Db; tenantId: string; search: OrganizationSearch }) {
  const { status, q, page } = options.search;
  const filters: (SQL | undefined)[] = [eq(organizations.tenantId, options.tenantId)];
  if (status) filters.push(eq(organizations.status, status));
  if (q) {
    const digits = stripSeparators(q);
    const byNumber = /^\d{3,}$/.test(digits)
      ? [ilike(organizations.nip, `%${digits}%`), ilike(organizations.krs, `%${digits}%`)]
      : [];
    filters.push(or(ilike(organizations.name, `%${escapeLike(q)}%`), ...byNumber));
  }
  const where = and(...filters);
  const [total] = await options.db.select({ n: count() }).from(organizations).where(where);
  const totalCount = Number(total?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(totalCount / BACK_OFFICE_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const rows = await options.db
    .select({
      id: organizations.id,
      name: organizations.name,
      legalForm: organizations.legalForm,
      nip: organizations.nip,
      krs: organizations.krs,
      district: organizations.district,
      status: organizations.status,
      opp: organizations.opp,
      createdAt: organizations.createdAt,
    })
    .from(organizations)
    .where(where)
    .orderBy(asc(organizations.name), asc(organizations.id))
    .limit(BACK_OFFICE_PAGE_SIZE)
    .offset((current - 1) * BACK_OFFICE_PAGE_SIZE);
  return { rows, total: totalCount, page: current, pageCount };
}
