import { Link } from "react-router";
import { GrantStaffRoleSchema, grantStaffRole } from "~/domain/administration/grant-staff-role";
import { listDepartments } from "~/domain/administration/list-departments";
import { listStaff } from "~/domain/administration/list-staff";
import { RevokeStaffRoleSchema, revokeStaffRole } from "~/domain/administration/revoke-staff-role";
import { ActionNotice } from "../components/admin/action-notice";
import { GrantRoleForm } from "../components/admin/staff-forms";
import { StaffTable } from "../components/admin/staff-table";
import { requirePermission } from "../lib/admin/admin-route.server";
import { servicesContext, tenantContext } from "../lib/contexts";
import { validateForm } from "../lib/form.server";
import { actorOf } from "../lib/guards.server";
import { formFailure, runAction } from "../lib/http.server";
import { useT } from "../lib/shell";
import type { Route } from "./+types/admin.uzytkownicy";

export async function loader({ context, request }: Route.LoaderArgs) {
  requirePermission(context, request, "staff.manage");
  const { db } = context.get(servicesContext);
  const tenantId = context.get(tenantContext).id;
  // Set by the invitation page's redirect, to confirm where the invitation went.
  const invited = new URL(request.url).searchParams.get("zaproszono")?.slice(0, 254) ?? null;
  return { staff: await listStaff(db, tenantId), departments: await listDepartments(db, tenantId), invited };
}

export async function action({ context, request }: Route.ActionArgs) {
  requirePermission(context, request, "staff.manage");
  const { db } = context.get(servicesContext);
  const base = { db, tenantId: context.get(tenantContext).id, actor: actorOf(context) };
  const form = await request.formData();
  if (form.get("intent") === "revoke") {
    const parsed = validateForm(form, RevokeStaffRoleSchema);
    if (!parsed.ok) return formFailure(parsed.fieldErrors, parsed.values);
    return runAction(async () => {
      await revokeStaffRole({ ...base, roleId: parsed.data.roleId });
      return { ok: true as const, messageKey: "admin.staff.revoked" };
    }, parsed.values);
  }
  const parsed = validateForm(form, GrantStaffRoleSchema);
  if (!parsed.ok) return formFailure(parsed.fieldErrors, parsed.values);
  return runAction(async () => {
    await grantStaffRole({ ...base, input: parsed.data });
    return { ok: true as const, messageKey: "admin.staff.granted" };
  }, parsed.values);
}

export default function AdminStaff({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("admin.staff.title")} — ${t("admin.title")}`}</title>
      <h1>{t("admin.staff.title")}</h1>
      <p className="lead">{t("admin.staff.lead")}</p>
      <ActionNotice
        data={
          actionData ??
          (loaderData.invited
            ? { ok: true, messageKey: "admin.staff.invited", params: { email: loaderData.invited } }
            : undefined)
        }
      />
      <p>
        <Link to="/admin/uzytkownicy/zapros" className="button primary">
          {t("admin.staff.inviteTitle")}
        </Link>
      </p>
      <StaffTable staff={loaderData.staff} />
      <GrantRoleForm departments={loaderData.departments} data={actionData} />
    </>
  );
}
