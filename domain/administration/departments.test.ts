import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "../../platform/db/schema/audit";
import { departments } from "../../platform/db/schema/tenancy";
import { useTestDatabase } from "../../test/db";
import { CreateDepartmentSchema, createDepartment } from "./create-department";
import { listDepartments } from "./list-departments";
import { renameDepartment } from "./rename-department";
import { buildDepartment, buildStaff, buildTenant } from "./test-fixtures";

describe("departments", () => {
  const t = useTestDatabase();

  it("creates a department with a unique code in the tenant and audits it", async () => {
    const tenant = await buildTenant(t.db);
    const other = await buildTenant(t.db);
    const { actor } = await buildStaff(t.db, tenant.id, "admin");
    const input = CreateDepartmentSchema.parse({ code: " wks ", name: "Wydział Kultury i Sportu" });
    expect(input.code).toBe("WKS");
    const { departmentId } = await createDepartment({ db: t.db, tenantId: tenant.id, actor, input });
    await expect(createDepartment({ db: t.db, tenantId: tenant.id, actor, input })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { code: ["admin.departments.codeTaken"] },
    });
    // The same code in another municipality is fine.
    await createDepartment({ db: t.db, tenantId: other.id, actor, input });
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, departmentId));
    expect(audit).toMatchObject({ action: "department.created", after: { code: "WKS" } });
    expect((await listDepartments(t.db, tenant.id)).map((d) => d.code)).toEqual(["WKS"]);
  });

  it("refuses a code with spaces or Polish letters", () => {
    expect(CreateDepartmentSchema.safeParse({ code: "W PS", name: "x" }).error?.issues[0]?.message).toBe(
      "admin.departments.codeFormat",
    );
    expect(CreateDepartmentSchema.safeParse({ code: "WŚ", name: "x" }).success).toBe(false);
  });

  it("renames a department with old and new name in the audit log", async () => {
    const tenant = await buildTenant(t.db);
    const { actor } = await buildStaff(t.db, tenant.id, "admin");
    const department = await buildDepartment(t.db, tenant.id, "WPS");
    await renameDepartment({
      db: t.db,
      tenantId: tenant.id,
      actor,
      input: { departmentId: department.id, name: "Wydział Polityki Społecznej" },
    });
    const [row] = await t.db.select().from(departments).where(eq(departments.id, department.id));
    expect(row?.name).toBe("Wydział Polityki Społecznej");
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, department.id));
    expect(audit).toMatchObject({
      action: "department.renamed",
      before: { name: department.name },
      after: { name: "Wydział Polityki Społecznej" },
    });
  });

  it("does not rename another tenant's department", async () => {
    const tenant = await buildTenant(t.db);
    const other = await buildTenant(t.db);
    const { actor } = await buildStaff(t.db, tenant.id, "admin");
    const foreign = await buildDepartment(t.db, other.id);
    await expect(
      renameDepartment({
        db: t.db,
        tenantId: tenant.id,
        actor,
        input: { departmentId: foreign.id, name: "X" },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
