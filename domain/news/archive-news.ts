import { findNewsInTenant } from "./access";
import type { DecideNewsOptions } from "./approve-news";
import { assertCan, staffSubject } from "./policy";
import { transitionNews } from "./transition-news";

/** The coordinator takes published news off the portal (it stays in the records, archived). */
export async function archiveNews(options: DecideNewsOptions): Promise<void> {
  await options.db.transaction(async (tx) => {
    const item = await findNewsInTenant(tx, options.tenantId, options.newsId);
    assertCan(staffSubject(options.staffRoles), "archive", item);
    await transitionNews(tx, {
      item,
      to: "archived",
      actor: options.actor,
      now: options.clock.now(),
      appUrl: options.appUrl,
    });
  });
}
