import { Link } from "react-router";
import { getAdminOverview } from "~/domain/administration/get-admin-overview";
import { can } from "~/domain/administration/policy";
import { requestWorkerPing } from "~/domain/administration/request-worker-ping";
import type { AdminActionData } from "../components/admin/action-notice";
import { ActionNotice } from "../components/admin/action-notice";
import { AdminOverviewFacts, WorkerPingForm } from "../components/admin/admin-overview";
import { adminSections, requirePermission } from "../lib/admin/admin-route.server";
import { servicesContext, tenantContext } from "../lib/contexts";
import { actorOf } from "../lib/guards.server";
import { useT } from "../lib/shell";
import type { Route } from "./+types/admin._index";

export async function loader({ context, request }: Route.LoaderArgs) {
  const { roles } = requirePermission(context, request, "dashboard.view");
  const { db, clock, env } = context.get(servicesContext);
  const tenant = context.get(tenantContext);
  const overview = await getAdminOverview(db, { tenantId: tenant.id, now: clock.now() });
  return {
    overview,
    smtp: Boolean(env.SMTP_URL),
    worker: env.JOBS_WORKER,
    sections: adminSections(roles),
    canPing: can(roles, "jobs.ping"),
  };
}

export async function action({ context, request }: Route.ActionArgs): Promise<AdminActionData> {
  requirePermission(context, request, "jobs.ping");
  const { database } = context.get(servicesContext);
  await requestWorkerPing({ database, tenantId: context.get(tenantContext).id, actor: actorOf(context) });
  return { ok: true, messageKey: "admin.dashboard.pinged" };
}

export default function AdminDashboard({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("admin.title")} — ${t("app.name")}`}</title>
      <h1>{t("admin.title")}</h1>
      <p className="lead">{t("admin.dashboard.lead")}</p>
      <ActionNotice data={actionData} />
      {actionData?.ok ? (
        <p>
          <Link to="/admin/dziennik?akcja=job.ping">{t("admin.dashboard.pingLog")}</Link>
        </p>
      ) : null}
      <AdminOverviewFacts {...loaderData} />
      {loaderData.canPing ? <WorkerPingForm /> : null}
    </>
  );
}
