import { describe, expect, it } from "vitest";
import { writeAudit } from "../../platform/audit/write-audit.server";
import { auditLog } from "../../platform/db/schema/audit";
import { useTestDatabase } from "../../test/db";
import { AuditFilterSchema, listAuditEntityTypes, queryAuditLog } from "./query-audit-log";
import { actorFor, buildTenant, buildUser } from "./test-fixtures";

describe("querying the audit log", () => {
  const t = useTestDatabase();

  async function seed() {
    const tenant = await buildTenant(t.db);
    const other = await buildTenant(t.db);
    const anna = actorFor(await buildUser(t.db, { email: `anna-${tenant.slug}@um.example.pl` }));
    const jan = actorFor(await buildUser(t.db, { email: `jan-${tenant.slug}@um.example.pl` }));
    const at = (iso: string) => new Date(iso);
    const rows = [
      // 23:30 UTC on 9 March is already 10 March in Warsaw (UTC+1).
      {
        tenantId: tenant.id,
        actor: anna,
        entityType: "department",
        entityId: "d1",
        action: "department.created",
        at: at("2026-03-09T23:30:00Z"),
      },
      {
        tenantId: tenant.id,
        actor: jan,
        entityType: "department",
        entityId: "d1",
        action: "department.renamed",
        at: at("2026-03-10T12:00:00Z"),
      },
      {
        tenantId: tenant.id,
        actor: anna,
        entityType: "staff_role",
        entityId: "r1",
        action: "staff_role.granted",
        at: at("2026-03-11T10:00:00Z"),
      },
      // 22:30 UTC on 11 March is 11 March 23:30 in Warsaw.
      {
        tenantId: tenant.id,
        actor: jan,
        entityType: "staff_role",
        entityId: "r2",
        action: "staff_role.revoked",
        at: at("2026-03-11T22:30:00Z"),
      },
      {
        tenantId: other.id,
        actor: anna,
        entityType: "department",
        entityId: "d9",
        action: "department.created",
        at: at("2026-03-10T12:00:00Z"),
      },
      {
        tenantId: null,
        actor: anna,
        entityType: "department",
        entityId: "d8",
        action: "department.created",
        at: at("2026-03-10T12:00:00Z"),
      },
    ];
    for (const r of rows) {
      await t.db.insert(auditLog).values({
        tenantId: r.tenantId,
        actorUserId: r.actor.userId,
        actorLabel: r.actor.label,
        entityType: r.entityType,
        entityId: r.entityId,
        action: r.action,
        at: r.at,
      });
    }
    return { tenant, other, anna, jan };
  }

  const query = (tenantId: string, filter: Record<string, string> = {}, pageSize?: number) =>
    queryAuditLog({ db: t.db, tenantId, filter: AuditFilterSchema.parse(filter), pageSize });

  it("lists only the tenant's entries, newest first", async () => {
    const { tenant, other } = await seed();
    const { entries, nextCursor } = await query(tenant.id);
    expect(entries.map((e) => e.action)).toEqual([
      "staff_role.revoked",
      "staff_role.granted",
      "department.renamed",
      "department.created",
    ]);
    expect(nextCursor).toBeNull();
    expect((await query(other.id)).entries.map((e) => e.entityId)).toEqual(["d9"]);
  });

  it("filters by entity type, action prefix, actor, entity id", async () => {
    const { tenant, jan } = await seed();
    expect((await query(tenant.id, { typ: "staff_role" })).entries).toHaveLength(2);
    expect((await query(tenant.id, { akcja: "department." })).entries).toHaveLength(2);
    expect((await query(tenant.id, { akcja: "%" })).entries).toHaveLength(0);
    expect((await query(tenant.id, { kto: jan.label.toUpperCase() })).entries.map((e) => e.action)).toEqual([
      "staff_role.revoked",
      "department.renamed",
    ]);
    expect((await query(tenant.id, { obiekt: "d1" })).entries).toHaveLength(2);
    expect((await query(tenant.id, { typ: "department", kto: jan.label })).entries).toHaveLength(1);
  });

  it("reads dates as whole days in Warsaw time", async () => {
    const { tenant } = await seed();
    const on10th = await query(tenant.id, { od: "2026-03-10", do: "2026-03-10" });
    expect(on10th.entries.map((e) => e.action)).toEqual(["department.renamed", "department.created"]);
    const on11th = await query(tenant.id, { od: "2026-03-11", do: "2026-03-11" });
    expect(on11th.entries.map((e) => e.action)).toEqual(["staff_role.revoked", "staff_role.granted"]);
    expect((await query(tenant.id, { do: "2026-03-09" })).entries).toHaveLength(0);
  });

  it("pages with a cursor", async () => {
    const { tenant } = await seed();
    const first = await query(tenant.id, {}, 3);
    expect(first.entries).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    const second = await query(tenant.id, { przed: String(first.nextCursor) }, 3);
    expect(second.entries.map((e) => e.action)).toEqual(["department.created"]);
    expect(second.nextCursor).toBeNull();
  });

  it("refuses bad dates and ignores a bad cursor", () => {
    expect(AuditFilterSchema.safeParse({ od: "wczoraj" }).error?.issues[0]?.message).toBe(
      "admin.audit.dateFormat",
    );
    expect(
      AuditFilterSchema.safeParse({ od: "2026-03-12", do: "2026-03-10" }).error?.issues[0]?.message,
    ).toBe("admin.audit.dateOrder");
    expect(AuditFilterSchema.parse({ przed: "1; drop table" }).przed).toBeUndefined();
  });

  it("lists the entity types of the tenant only", async () => {
    const tenant = await buildTenant(t.db);
    const actor = actorFor(await buildUser(t.db));
    await writeAudit(t.db, { tenantId: tenant.id, actor, entityType: "tenant", entityId: null, action: "x" });
    expect(await listAuditEntityTypes(t.db, tenant.id)).toEqual(["tenant"]);
  });
});
