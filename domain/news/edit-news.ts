import { and, eq, sql } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { news } from "../../platform/db/schema/news";
import { AppError } from "../../platform/errors/app-error";
import { validationError } from "../organizations/access";
import { findNewsInTenant } from "./access";
import { assertCan, type StaffRoleName, staffSubject } from "./policy";
import { NewsContentSchema } from "./schemas";

export interface EditNewsOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  staffRoles: readonly StaffRoleName[];
  clock: Clock;
  newsId: unknown;
  /** The version the form was read at; a later change by someone else is a CONFLICT. */
  expectedVersion: number;
  content: unknown;
}

const FIELDS = ["title", "lead", "body", "imageAlt"] as const;

/**
 * The coordinator corrects the text of submitted news before approving it (or of published news
 * afterwards). The picture stays; its alt text may change but not disappear. The audit entry
 * keeps the text before and after.
 */
export async function editNews(options: EditNewsOptions): Promise<{ version: number }> {
  const parsed = NewsContentSchema.safeParse(options.content);
  if (!parsed.success) throw validationError(parsed.error.issues);
  const content = parsed.data;
  return options.db.transaction(async (tx) => {
    const item = await findNewsInTenant(tx, options.tenantId, options.newsId);
    assertCan(staffSubject(options.staffRoles), "edit", item);
    if (item.imageFileId && !content.imageAlt)
      throw new AppError("VALIDATION", "error.validation", {
        fieldErrors: { imageAlt: ["news.error.altRequired"] },
      });
    if (item.version !== options.expectedVersion)
      throw new AppError("CONFLICT", "news.error.changedMeanwhile");
    const next = { ...content, imageAlt: item.imageFileId ? (content.imageAlt ?? null) : null };
    const changed = FIELDS.filter((f) => (item[f] ?? null) !== (next[f] ?? null));
    if (changed.length === 0) return { version: item.version };
    const now = options.clock.now();
    const [updated] = await tx
      .update(news)
      .set({ ...next, version: sql`${news.version} + 1`, updatedAt: now })
      .where(and(eq(news.id, item.id), eq(news.version, item.version)))
      .returning({ version: news.version });
    if (!updated) throw new AppError("CONFLICT", "news.error.changedMeanwhile");
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "news",
      entityId: item.id,
      action: "news.edited",
      before: Object.fromEntries(changed.map((f) => [f, item[f]])),
      after: Object.fromEntries(changed.map((f) => [f, next[f]])),
    });
    return { version: updated.version };
  });
}
