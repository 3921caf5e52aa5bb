import { and, eq } from "drizzle-orm";
import { type Actor, writeAudit } from "../../platform/audit/write-audit.server";
import type { DbOrTx } from "../../platform/db/client.server";
import { departments } from "../../platform/db/schema/tenancy";
import { AppError } from "../../platform/errors/app-error";
import { z } from "../../platform/validation/zod-messages";
import { IdField, NameField } from "./fields";

export const RenameDepartmentSchema = z.object({ departmentId: IdField, name: NameField });
export type RenameDepartmentInput = z.infer<typeof RenameDepartmentSchema>;

/** Renames a department of the tenant (its code stays: documents cite it); audited with old and new name. */
export async function renameDepartment(options: {
  db: DbOrTx;
  tenantId: string;
  actor: Actor;
  input: RenameDepartmentInput;
}): Promise<void> {
  const { tenantId, actor, input } = options;
  await options.db.transaction(async (tx) => {
    const [current] = await tx
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(and(eq(departments.id, input.departmentId), eq(departments.tenantId, tenantId)))
      .for("update");
    if (!current) throw new AppError("NOT_FOUND", "error.notFound");
    if (current.name === input.name) return;
    await tx.update(departments).set({ name: input.name }).where(eq(departments.id, current.id));
    await writeAudit(tx, {
      tenantId,
      actor,
      entityType: "department",
      entityId: current.id,
      action: "department.renamed",
      before: { name: current.name },
      after: { name: input.name },
    });
  });
}
