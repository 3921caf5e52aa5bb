import { and, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { news } from "../../platform/db/schema/news";
import { organizationMembers, organizations } from "../../platform/db/schema/organizations";

/** How many of the organisations' latest submissions the submission page lists. */
const MY_SUBMISSIONS = 20;

/**
 * News submitted for the organisations the person belongs to (by anyone of them), newest first,
 * with the status and a rejection's reason: members see the decision in the app, not only by mail.
 */
export async function listMySubmissions(options: { db: DbOrTx; tenantId: string; userId: string }) {
  const mine = options.db
    .select({ id: organizationMembers.organizationId })
    .from(organizationMembers)
    .where(eq(organizationMembers.userId, options.userId));
  return options.db
    .select({
      id: news.id,
      title: news.title,
      status: news.status,
      rejectionReason: news.rejectionReason,
      submittedAt: news.submittedAt,
      organizationName: organizations.name,
    })
    .from(news)
    .innerJoin(organizations, eq(organizations.id, news.organizationId))
    .where(and(eq(news.tenantId, options.tenantId), inArray(news.organizationId, mine)))
    .orderBy(desc(news.submittedAt), desc(news.id))
    .limit(MY_SUBMISSIONS);
}
export type MySubmission = Awaited<ReturnType<typeof listMySubmissions>>[number];
