import { redirect } from "react-router";
import { createStaffUser, InviteStaffSchema } from "~/domain/administration/create-staff-user";
import { listDepartments } from "~/domain/administration/list-departments";
import { requestMailSweep } from "~/platform/mail/mail-job.server";
import { ActionNotice } from "../components/admin/action-notice";
import { InviteStaffForm } from "../components/admin/staff-forms";
import { requirePermission } from "../lib/admin/admin-route.server";
import { servicesContext, tenantContext } from "../lib/contexts";
import { parseForm } from "../lib/form.server";
import { actorOf } from "../lib/guards.server";
import { formFailure, runAction } from "../lib/http.server";
import { useT } from "../lib/shell";
import type { Route } from "./+types/admin.uzytkownicy_.zapros";

export async function loader({ context, request }: Route.LoaderArgs) {
  requirePermission(context, request, "staff.manage");
  const { db } = context.get(servicesContext);
  return { departments: await listDepartments(db, context.get(tenantContext).id) };
}

export async function action({ context, request }: Route.ActionArgs) {
  requirePermission(context, request, "staff.manage");
  const parsed = await parseForm(request, InviteStaffSchema);
  if (!parsed.ok) return formFailure(parsed.fieldErrors, parsed.values);
  const { db, clock, env, database, logger } = context.get(servicesContext);
  return runAction(async () => {
    await createStaffUser({
      db,
      tenant: context.get(tenantContext),
      actor: actorOf(context),
      clock,
      appUrl: env.APP_URL,
      input: parsed.data,
    });
    // The invitation is committed in the outbox; ask for it to go out now rather than at the next sweep.
    await requestMailSweep(database, logger);
    return redirect(`/admin/uzytkownicy?zaproszono=${encodeURIComponent(parsed.data.email)}`);
  }, parsed.values);
}

export default function AdminInviteStaff({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("admin.staff.inviteTitle")} — ${t("admin.title")}`}</title>
      <h1>{t("admin.staff.inviteTitle")}</h1>
      <p className="lead">{t("admin.staff.inviteHint")}</p>
      <ActionNotice data={actionData} />
      <InviteStaffForm departments={loaderData.departments} data={actionData} />
    </>
  );
}
