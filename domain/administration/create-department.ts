import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { DbOrTx } from "../../platform/db/client.server";
import { departments } from "../../platform/db/schema/tenancy";
import { AppError } from "../../platform/errors/app-error";
import { z } from "../../platform/validation/zod-messages";
import { NameField } from "./fields";

/** A department's short code as the office writes it on documents (e.g. "WPS"); unique in the tenant. */
export const DepartmentCodeField = z
  .string()
  .trim()
  .toUpperCase()
  .min(1)
  .max(16)
  .regex(/^[A-Z0-9][A-Z0-9.-]*$/, "admin.departments.codeFormat");

export const CreateDepartmentSchema = z.object({ code: DepartmentCodeField, name: NameField });
export type CreateDepartmentInput = z.infer<typeof CreateDepartmentSchema>;

/** Adds a department (wydział) to the tenant; audited. */
export async function createDepartment(options: {
  db: DbOrTx;
  tenantId: string;
  actor: Actor;
  input: CreateDepartmentInput;
}): Promise<{ departmentId: string }> {
  const { tenantId, actor, input } = options;
  return options.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(departments)
      .values({ tenantId, code: input.code, name: input.name })
      .onConflictDoNothing()
      .returning({ id: departments.id });
    if (!row) {
      throw new AppError("CONFLICT", "admin.departments.codeTaken", {
        fieldErrors: { code: ["admin.departments.codeTaken"] },
      });
    }
    await writeAudit(tx, {
      tenantId,
      actor,
      entityType: "department",
      entityId: row.id,
      action: "department.created",
      after: { code: input.code, name: input.name },
    });
    return { departmentId: row.id };
  });
}
