import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { news } from "../../platform/db/schema/news";
import type { UploadedImage } from "./news-image.server";
import { storeNewsImage } from "./news-image.server";
import { assertCan, type StaffRoleName, staffSubject } from "./policy";
import { checkContent } from "./submit-news";

export interface PublishNewsOptions {
  db: Db;
  tenantId: string;
  actor: Actor;
  staffRoles: readonly StaffRoleName[];
  clock: Clock;
  content: unknown;
  image: UploadedImage | null;
}

/** The coordinator (or an administrator) publishes the office's own news directly, without moderation. */
export async function publishNews(options: PublishNewsOptions): Promise<{ newsId: string }> {
  assertCan(staffSubject(options.staffRoles), "publishDirectly");
  const { content, image } = checkContent(options.content, options.image);
  return options.db.transaction(async (tx) => {
    const now = options.clock.now();
    const imageFileId = image
      ? await storeNewsImage(tx, { tenantId: options.tenantId, uploadedBy: options.actor.userId, image })
      : null;
    const [row] = await tx
      .insert(news)
      .values({
        tenantId: options.tenantId,
        organizationId: null,
        title: content.title,
        lead: content.lead,
        body: content.body,
        imageFileId,
        imageAlt: imageFileId ? (content.imageAlt ?? null) : null,
        status: "published",
        submittedBy: options.actor.userId,
        submittedAt: now,
        decidedBy: options.actor.userId,
        publishedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: news.id });
    if (!row) throw new Error("news insert returned nothing");
    await writeAudit(tx, {
      tenantId: options.tenantId,
      actor: options.actor,
      entityType: "news",
      entityId: row.id,
      action: "news.publishedDirectly",
      after: { status: "published", title: content.title, image: !!imageFileId, at: now.toISOString() },
    });
    return { newsId: row.id };
  });
}
