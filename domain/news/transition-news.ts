import { and, eq, sql } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { DbOrTx } from "../../platform/db/client.server";
import { news } from "../../platform/db/schema/news";
import { AppError } from "../../platform/errors/app-error";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { findOrganizationInTenant, ownersOf, personOf, type Recipient } from "../organizations/access";
import { type NewsRow, newsLinks } from "./access";
import { newsApprovedMail, newsRejectedMail } from "./mail/news-mails";
import { canTransition, type NewsTarget, transitionRule } from "./states";

export interface TransitionNewsOptions {
  item: NewsRow;
  to: NewsTarget;
  actor: Actor;
  now: Date;
  /** Required by transitions that say why (rejection). */
  reason?: string;
  appUrl: string;
  tenantName?: string;
}

/**
 * The one way a news item changes status: checks the edge against NEWS_TRANSITIONS, updates the
 * row only if nobody moved it meanwhile (status guard; the version goes up so open forms notice),
 * writes the audit entry and mails the submitting organisation when the edge asks for it — all
 * in the caller's transaction.
 */
export async function transitionNews(tx: DbOrTx, options: TransitionNewsOptions): Promise<NewsRow> {
  const { item, to, now } = options;
  const rule = transitionRule(to);
  if (!canTransition(item.status, to)) throw new AppError("CONFLICT", "news.error.alreadyDecided");
  const reason = options.reason?.trim() ?? "";
  if (rule.requiresReason && !reason)
    throw new AppError("VALIDATION", "error.validation", { fieldErrors: { reason: ["form.required"] } });
  const stamps: Partial<typeof news.$inferInsert> =
    to === "published"
      ? { publishedAt: now, decidedBy: options.actor.userId, rejectionReason: null }
      : to === "rejected"
        ? { rejectedAt: now, decidedBy: options.actor.userId, rejectionReason: reason }
        : to === "archived"
          ? { archivedAt: now }
          : { submittedAt: now };
  const [updated] = await tx
    .update(news)
    .set({ status: to, ...stamps, version: sql`${news.version} + 1`, updatedAt: now })
    .where(and(eq(news.id, item.id), eq(news.status, item.status)))
    .returning();
  if (!updated) throw new AppError("CONFLICT", "news.error.alreadyDecided");
  await writeAudit(tx, {
    tenantId: item.tenantId,
    actor: options.actor,
    entityType: "news",
    entityId: item.id,
    action: rule.auditAction,
    before: { status: item.status },
    after: { status: to, ...(reason ? { reason } : {}), at: now.toISOString() },
  });
  if (rule.notifyOrganization && updated.organizationId) await notifyOrganization(tx, updated, options);
  return updated;
}

/** The owners of the submitting organisation and the person who submitted, each once. */
async function recipientsOf(tx: DbOrTx, item: NewsRow, organizationId: string): Promise<Recipient[]> {
  const people = await ownersOf(tx, organizationId);
  if (item.submittedBy && !people.some((p) => p.userId === item.submittedBy))
    people.push(await personOf(tx, item.submittedBy));
  return people;
}

async function notifyOrganization(tx: DbOrTx, item: NewsRow, options: TransitionNewsOptions) {
  if (!item.organizationId) return;
  const organization = await findOrganizationInTenant(tx, item.tenantId, item.organizationId);
  for (const person of await recipientsOf(tx, item, organization.id)) {
    const common = { tenantName: options.tenantName, organizationName: organization.name, title: item.title };
    const rendered =
      options.to === "rejected"
        ? newsRejectedMail(person.locale, {
            ...common,
            reason: item.rejectionReason ?? "",
            link: newsLinks.submit(options.appUrl),
          })
        : newsApprovedMail(person.locale, { ...common, link: newsLinks.page(options.appUrl, item.id) });
    await enqueueMail(tx, {
      tenantId: item.tenantId,
      to: person.email,
      template: options.to === "rejected" ? "news.rejected" : "news.approved",
      rendered,
    });
  }
}
