import { and, asc, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { users } from "../../platform/db/schema/identity";
import { news } from "../../platform/db/schema/news";
import { organizations } from "../../platform/db/schema/organizations";
import { assertCan, type StaffRoleName, staffSubject } from "./policy";

/** How many recently published items the moderation page lists (for corrections and archiving). */
const RECENT_PUBLISHED = 10;

const columns = {
  id: news.id,
  title: news.title,
  lead: news.lead,
  body: news.body,
  imageAlt: news.imageAlt,
  hasImage: news.imageFileId,
  status: news.status,
  version: news.version,
  submittedAt: news.submittedAt,
  publishedAt: news.publishedAt,
  organizationId: news.organizationId,
  organizationName: organizations.name,
  submitterName: users.name,
  submitterEmail: users.email,
};

/**
 * The coordinator's moderation queue: news waiting for a decision (oldest first, as they came)
 * and the most recently published, which may still be corrected or archived.
 */
export async function listModerationQueue(options: {
  db: DbOrTx;
  tenantId: string;
  staffRoles: readonly StaffRoleName[];
}) {
  assertCan(staffSubject(options.staffRoles), "moderation.view");
  const base = () =>
    options.db
      .select(columns)
      .from(news)
      .leftJoin(organizations, eq(organizations.id, news.organizationId))
      .leftJoin(users, eq(users.id, news.submittedBy));
  const pending = await base()
    .where(and(eq(news.tenantId, options.tenantId), eq(news.status, "pending")))
    .orderBy(asc(news.submittedAt), asc(news.id));
  const published = await base()
    .where(and(eq(news.tenantId, options.tenantId), eq(news.status, "published")))
    .orderBy(desc(news.publishedAt), desc(news.id))
    .limit(RECENT_PUBLISHED);
  const shape = (r: (typeof pending)[number]) => ({ ...r, hasImage: r.hasImage !== null });
  return { pending: pending.map(shape), published: published.map(shape) };
}
export type ModerationItem = Awaited<ReturnType<typeof listModerationQueue>>["pending"][number];
