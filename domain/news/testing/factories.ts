import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../../platform/db/client.server";
import { auditLog } from "../../../platform/db/schema/audit";
import { staffRoles } from "../../../platform/db/schema/identity";
import { organizationMembers } from "../../../platform/db/schema/organizations";
import {
  actorOf,
  createTestOrganization,
  createTestTenant,
  createTestUser,
  TEST_APP_URL,
  testClock,
} from "../../organizations/testing/factories";
import { approveNews } from "../approve-news";
import { submitNews } from "../submit-news";

/** Test factories for news: real rows through the real use cases, never mocks. */

/** The smallest byte strings the sniffer takes for a PNG and a JPEG (signature and a little more). */
export const PNG_BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
export const JPEG_BYTES = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

/**
 * A tenant with a verified organisation (its owner, an editor and a viewer), a pending
 * organisation, a coordinator (with a staff_roles row, so mail finds them) and a stranger.
 */
export async function createNewsWorld(db: Db) {
  const tenant = await createTestTenant(db, { name: "Gmina Miasto Częstochowa" });
  const owner = await createTestUser(db);
  const editor = await createTestUser(db);
  const viewer = await createTestUser(db);
  const stranger = await createTestUser(db);
  const coordinator = await createTestUser(db, { name: "Katarzyna Koordynatorska" });
  const organizationId = await createTestOrganization(db, {
    tenantId: tenant.id,
    owner,
    status: "verified",
    profile: { name: "Fundacja Oczami Brata" },
  });
  const pendingOrganizationId = await createTestOrganization(db, { tenantId: tenant.id, owner });
  await db.insert(organizationMembers).values([
    { organizationId, userId: editor.id, role: "editor" },
    { organizationId, userId: viewer.id, role: "viewer" },
  ]);
  await db.insert(staffRoles).values({ tenantId: tenant.id, userId: coordinator.id, role: "coordinator" });
  const clock = testClock();
  const base = { db, tenantId: tenant.id, clock, appUrl: TEST_APP_URL, tenantName: tenant.name };
  return {
    tenant,
    owner,
    editor,
    viewer,
    stranger,
    coordinator,
    organizationId,
    pendingOrganizationId,
    clock,
    base,
    /** Options of a moderator's use case. */
    staff: { ...base, actor: actorOf(coordinator), staffRoles: ["coordinator"] as const },
  };
}
export type NewsWorld = Awaited<ReturnType<typeof createNewsWorld>>;

export const sampleContent = (overrides: Record<string, unknown> = {}) => ({
  title: "Festyn rodzinny na Zawodziu",
  lead: "Zapraszamy na festyn w sobotę.",
  body: "Pierwszy akapit.\n\nDrugi akapit.",
  ...overrides,
});

/** Submits news as the organisation's owner; with `approve`, the coordinator publishes it too. */
export async function createNews(
  world: NewsWorld,
  options: { content?: Record<string, unknown>; approve?: boolean } = {},
) {
  const { newsId } = await submitNews({
    ...world.base,
    actor: actorOf(world.owner),
    organizationId: world.organizationId,
    content: sampleContent(options.content),
    image: null,
  });
  if (options.approve) await approveNews({ ...world.staff, newsId });
  return newsId;
}

/** Audit lines of one news item, oldest first. */
export async function newsAudit(db: Db, newsId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "news"), eq(auditLog.entityId, newsId)))
    .orderBy(asc(auditLog.id));
}
