import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { news } from "../../platform/db/schema/news";
import { AppError } from "../../platform/errors/app-error";
import { enqueueMail } from "../../platform/mail/enqueue-mail.server";
import { inboxRecipients } from "../contact/recipients";
import {
  findOrganizationInTenant,
  membershipOf,
  requireUserId,
  validationError,
} from "../organizations/access";
import { newsLinks } from "./access";
import { newsSubmittedMail } from "./mail/news-mails";
import { imageProblem, storeNewsImage, type UploadedImage } from "./news-image.server";
import { assertCan } from "./policy";
import { NewsContentSchema } from "./schemas";

export interface SubmitNewsOptions {
  db: Db;
  tenantId: string;
  tenantName?: string;
  /** The app's address, for the link in the coordinators' mail. */
  appUrl: string;
  actor: Actor;
  clock: Clock;
  organizationId: unknown;
  content: unknown;
  /** The picture, when one was chosen. */
  image: UploadedImage | null;
}

/**
 * A member (owner or editor) of a verified organisation submits news for it; it waits for the
 * coordinator's moderation. A picture must be a JPEG or PNG of at most 2 MB and have alt text.
 */
export async function submitNews(options: SubmitNewsOptions): Promise<{ newsId: string }> {
  const userId = requireUserId(options.actor);
  const { content, image } = checkContent(options.content, options.image);
  return options.db.transaction(async (tx) => {
    const organization = await findOrganizationInTenant(tx, options.tenantId, options.organizationId);
    const subject = {
      membership: await membershipOf(tx, organization.id, userId),
      organizationStatus: organization.status,
      staffRoles: [],
    };
    assertCan(subject, "submit");
    const now = options.clock.now();
    const imageFileId = image
      ? await storeNewsImage(tx, { tenantId: options.tenantId, uploadedBy: userId, image })
      : null;
    const [row] = await tx
      .insert(news)
      .values({
        tenantId: options.tenantId,
        organizationId: organization.id,
        title: content.title,
        lead: content.lead,
        body: content.body,
        imageFileId,
        imageAlt: imageFileId ? (content.imageAlt ?? null) : null,
        status: "pending",
        submittedBy: userId,
        submittedAt: now,
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
      action: "news.submitted",
      after: {
        status: "pending",
        organizationId: organization.id,
        title: content.title,
        image: !!imageFileId,
      },
    });
    for (const coordinator of await inboxRecipients(tx, options.tenantId)) {
      await enqueueMail(tx, {
        tenantId: options.tenantId,
        to: coordinator.email,
        template: "news.submitted",
        rendered: newsSubmittedMail(coordinator.locale, {
          tenantName: options.tenantName,
          organizationName: organization.name,
          title: content.title,
          link: newsLinks.moderation(options.appUrl),
        }),
      });
    }
    return { newsId: row.id };
  });
}

/** Validates the text and the picture together, so every problem is reported at once. */
export function checkContent(raw: unknown, image: UploadedImage | null) {
  const parsed = NewsContentSchema.safeParse(raw);
  const fieldErrors: Record<string, string[]> = parsed.success
    ? {}
    : validationError(parsed.error.issues).fieldErrors;
  if (image) {
    const problem = imageProblem(image);
    if (problem) fieldErrors.image = [problem];
    const alt = (raw as { imageAlt?: unknown } | null)?.imageAlt;
    if (!fieldErrors.imageAlt && (typeof alt !== "string" || alt.trim() === ""))
      fieldErrors.imageAlt = ["news.error.altRequired"];
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0)
    throw new AppError("VALIDATION", "error.validation", { fieldErrors });
  return { content: parsed.data, image };
}
