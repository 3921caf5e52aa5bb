import type { Actor } from "../../platform/audit/write-audit.server";
import type { Clock } from "../../platform/clock/clock";
import type { Db } from "../../platform/db/client.server";
import { findNewsInTenant } from "./access";
import { assertCan, type StaffRoleName, staffSubject } from "./policy";
import { transitionNews } from "./transition-news";

export interface DecideNewsOptions {
  db: Db;
  tenantId: string;
  tenantName?: string;
  actor: Actor;
  staffRoles: readonly StaffRoleName[];
  clock: Clock;
  appUrl: string;
  newsId: unknown;
}

/** The coordinator approves submitted news: it is published now and the organisation is told by mail. */
export async function approveNews(options: DecideNewsOptions): Promise<void> {
  await options.db.transaction(async (tx) => {
    const item = await findNewsInTenant(tx, options.tenantId, options.newsId);
    assertCan(staffSubject(options.staffRoles), "approve", item);
    await transitionNews(tx, {
      item,
      to: "published",
      actor: options.actor,
      now: options.clock.now(),
      appUrl: options.appUrl,
      tenantName: options.tenantName,
    });
  });
}
