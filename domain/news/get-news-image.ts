import type { DbOrTx } from "../../platform/db/client.server";
import { AppError } from "../../platform/errors/app-error";
import { findNewsInTenant } from "./access";
import { readStoredImage } from "./news-image.server";
import { can, type StaffRoleName, staffSubject } from "./policy";

/**
 * The picture of a news item: for everyone once the news is published, for the moderators while
 * they decide. Anything else is NOT_FOUND (a pending item's picture is not public).
 */
export async function getNewsImage(options: {
  db: DbOrTx;
  tenantId: string;
  staffRoles: readonly StaffRoleName[];
  newsId: unknown;
}): Promise<{ bytes: Buffer; contentType: string }> {
  const item = await findNewsInTenant(options.db, options.tenantId, options.newsId);
  const subject = staffSubject(options.staffRoles);
  const visible = can(subject, "public.view", item) || can(subject, "moderation.view");
  if (!visible || !item.imageFileId) throw new AppError("NOT_FOUND", "error.notFound");
  const image = await readStoredImage(options.db, item.imageFileId);
  if (!image) throw new AppError("NOT_FOUND", "error.notFound");
  return image;
}
