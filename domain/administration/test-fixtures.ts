import { randomBytes } from "node:crypto";
import type { Actor } from "../../platform/audit/write-audit.server";
import type { StaffRole } from "../../platform/auth/session.server";
import type { DbOrTx } from "../../platform/db/client.server";
import { staffRoles, users } from "../../platform/db/schema/identity";
import { departments, tenants } from "../../platform/db/schema/tenancy";

/** Test factories for the administration tests: each call makes fresh, unique rows. */

const unique = () => randomBytes(4).toString("hex");

export async function buildTenant(db: DbOrTx, overrides: Partial<typeof tenants.$inferInsert> = {}) {
  const id = unique();
  const [tenant] = await db
    .insert(tenants)
    .values({ slug: `gmina-${id}`, name: `Gmina Testowa ${id}`, teryt: "2464011", ...overrides })
    .returning();
  if (!tenant) throw new Error("tenant not created");
  return tenant;
}

export async function buildDepartment(db: DbOrTx, tenantId: string, code = `W${unique().toUpperCase()}`) {
  const [department] = await db
    .insert(departments)
    .values({ tenantId, code, name: `Wydział ${code}` })
    .returning();
  if (!department) throw new Error("department not created");
  return department;
}

export async function buildUser(db: DbOrTx, overrides: Partial<typeof users.$inferInsert> = {}) {
  const id = unique();
  const [user] = await db
    .insert(users)
    .values({ email: `osoba-${id}@example.pl`, name: `Osoba ${id}`, passwordHash: "x", ...overrides })
    .returning();
  if (!user) throw new Error("user not created");
  return user;
}

export async function buildStaff(
  db: DbOrTx,
  tenantId: string,
  role: StaffRole,
  departmentId: string | null = null,
) {
  const user = await buildUser(db);
  const [row] = await db
    .insert(staffRoles)
    .values({ tenantId, userId: user.id, role, departmentId })
    .returning();
  if (!row) throw new Error("role not created");
  return { user, role: row, actor: actorFor(user) };
}

export function actorFor(user: { id: string; email: string }): Actor {
  return { userId: user.id, label: user.email, ip: "127.0.0.1" };
}
