import { count } from "drizzle-orm";
import { SYSTEM_ACTOR, writeAudit } from "../platform/audit/write-audit.server";
import { hashPassword } from "../platform/auth/password.server";
import { staffRoles, users } from "../platform/db/schema/identity";
import { departments, tenants } from "../platform/db/schema/tenancy";
import type { Services } from "../platform/services.server";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from "./accounts";
import { DEMO_DEPARTMENTS, DEMO_TENANT } from "./municipality";
import { seedDemoCompetitions } from "./seed-competitions.server";
import { seedDemoContracts } from "./seed-contracts.server";
import { seedDemoEvaluation } from "./seed-evaluation.server";
import { seedDemoEvents } from "./seed-events.server";
import { seedDemoNews } from "./seed-news.server";
import { seedDemoOffers } from "./seed-offers.server";
import { seedDemoOrganizations } from "./seed-organizations.server";

/** Loads the seed city's demo data into an empty database and prints the demo accounts. */
export async function seedDemoIfEmpty(services: Services): Promise<boolean> {
  const { db, logger } = services;
  const [existing] = await db.select({ n: count() }).from(tenants);
  if ((existing?.n ?? 0) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = services.clock.now();
  await db.transaction(async (tx) => {
    const [tenant] = await tx.insert(tenants).values(DEMO_TENANT).returning();
    if (!tenant) throw new Error("demo tenant not created");
    const deps = await tx
      .insert(departments)
      .values(DEMO_DEPARTMENTS.map((d) => ({ ...d, tenantId: tenant.id })))
      .returning();
    const userIds = new Map<string, string>();
    for (const account of DEMO_ACCOUNTS) {
      const isStaff = ["admin", "coordinator", "officer"].includes(account.role);
      const [user] = await tx
        .insert(users)
        .values({
          email: account.email,
          name: account.name,
          passwordHash,
          emailVerifiedAt: now,
          totpSecret: isStaff ? DEMO_TOTP_SECRET : null,
          totpEnabledAt: isStaff ? now : null,
        })
        .returning();
      if (!user) throw new Error("demo user not created");
      userIds.set(account.email, user.id);
      if (account.role === "admin" || account.role === "coordinator" || account.role === "officer") {
        const departmentId = deps.find((d) => d.code === account.departmentCode)?.id ?? null;
        await tx
          .insert(staffRoles)
          .values({ tenantId: tenant.id, userId: user.id, role: account.role, departmentId });
      }
    }
    await seedDemoOrganizations(tx, { tenantId: tenant.id, userIds, now });
    await seedDemoCompetitions(tx, { tenantId: tenant.id, departments: deps, userIds, now });
    await seedDemoOffers(tx, { tenantId: tenant.id, userIds, now });
    await seedDemoEvaluation(tx, { tenantId: tenant.id, userIds });
    await seedDemoContracts(tx, { tenantId: tenant.id, userIds, now });
    await seedDemoNews(tx, { tenantId: tenant.id, userIds, now });
    await seedDemoEvents(tx, { tenantId: tenant.id, userIds, now });
    await writeAudit(tx, {
      tenantId: tenant.id,
      actor: SYSTEM_ACTOR,
      entityType: "tenant",
      entityId: tenant.id,
      action: "demo.seeded",
      after: { name: tenant.name },
    });
  });
  logger.info("Wczytano dane demonstracyjne (Gmina Miasto Częstochowa)");
  return true;
}
