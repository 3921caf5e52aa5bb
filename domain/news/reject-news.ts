import { validationError } from "../organizations/access";
import { findNewsInTenant } from "./access";
import type { DecideNewsOptions } from "./approve-news";
import { assertCan, staffSubject } from "./policy";
import { RejectNewsSchema } from "./schemas";
import { transitionNews } from "./transition-news";

/** The coordinator rejects submitted news with a reason, which goes to the organisation by mail. */
export async function rejectNews(options: DecideNewsOptions & { reason: unknown }): Promise<void> {
  const parsed = RejectNewsSchema.safeParse({ reason: options.reason });
  if (!parsed.success) throw validationError(parsed.error.issues);
  await options.db.transaction(async (tx) => {
    const item = await findNewsInTenant(tx, options.tenantId, options.newsId);
    assertCan(staffSubject(options.staffRoles), "reject", item);
    await transitionNews(tx, {
      item,
      to: "rejected",
      reason: parsed.data.reason,
      actor: options.actor,
      now: options.clock.now(),
      appUrl: options.appUrl,
      tenantName: options.tenantName,
    });
  });
}
