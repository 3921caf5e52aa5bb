import { CreateDepartmentSchema, createDepartment } from "~/domain/administration/create-department";
import { listDepartments } from "~/domain/administration/list-departments";
import { RenameDepartmentSchema, renameDepartment } from "~/domain/administration/rename-department";
import { ActionNotice } from "../components/admin/action-notice";
import { CreateDepartmentForm, DepartmentTable } from "../components/admin/departments";
import { requirePermission } from "../lib/admin/admin-route.server";
import { servicesContext, tenantContext } from "../lib/contexts";
import { validateForm } from "../lib/form.server";
import { actorOf } from "../lib/guards.server";
import { formFailure, runAction } from "../lib/http.server";
import { useT } from "../lib/shell";
import type { Route } from "./+types/admin.wydzialy";

export async function loader({ context, request }: Route.LoaderArgs) {
  requirePermission(context, request, "departments.manage");
  const { db } = context.get(servicesContext);
  return { departments: await listDepartments(db, context.get(tenantContext).id) };
}

export async function action({ context, request }: Route.ActionArgs) {
  requirePermission(context, request, "departments.manage");
  const { db } = context.get(servicesContext);
  const base = { db, tenantId: context.get(tenantContext).id, actor: actorOf(context) };
  const form = await request.formData();
  if (form.get("intent") === "rename") {
    const parsed = validateForm(form, RenameDepartmentSchema);
    if (!parsed.ok) return formFailure(parsed.fieldErrors, parsed.values);
    return runAction(async () => {
      await renameDepartment({ ...base, input: parsed.data });
      return { ok: true as const, messageKey: "admin.departments.renamed" };
    }, parsed.values);
  }
  const parsed = validateForm(form, CreateDepartmentSchema);
  if (!parsed.ok) return formFailure(parsed.fieldErrors, parsed.values);
  return runAction(async () => {
    await createDepartment({ ...base, input: parsed.data });
    return { ok: true as const, messageKey: "admin.departments.created" };
  }, parsed.values);
}

export default function AdminDepartments({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("admin.departments.title")} — ${t("admin.title")}`}</title>
      <h1>{t("admin.departments.title")}</h1>
      <p className="lead">{t("admin.departments.lead")}</p>
      <ActionNotice data={actionData} />
      <DepartmentTable departments={loaderData.departments} data={actionData} />
      <CreateDepartmentForm data={actionData} />
    </>
  );
}
