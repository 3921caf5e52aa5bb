import { contractNumberExample } from "~/domain/administration/contract-settings";
import {
  TenantSettingsFormSchema,
  tenantSettingsView,
  updateTenantSettings,
} from "~/domain/administration/update-tenant-settings";
import { warsawYearOf } from "~/platform/format/dates";
import { ActionNotice } from "../components/admin/action-notice";
import { TenantSettingsForm } from "../components/admin/tenant-settings-form";
import { requirePermission } from "../lib/admin/admin-route.server";
import { servicesContext, tenantContext } from "../lib/contexts";
import { parseForm } from "../lib/form.server";
import { actorOf } from "../lib/guards.server";
import { formFailure, runAction } from "../lib/http.server";
import { useT } from "../lib/shell";
import type { Route } from "./+types/admin.ustawienia";

export async function loader({ context, request }: Route.LoaderArgs) {
  requirePermission(context, request, "tenant.configure");
  const tenant = context.get(tenantContext);
  const { db, clock } = context.get(servicesContext);
  return {
    current: tenantSettingsView(tenant),
    numberExample: await contractNumberExample(db, tenant.id, warsawYearOf(clock.now())),
  };
}

export async function action({ context, request }: Route.ActionArgs) {
  requirePermission(context, request, "tenant.configure");
  const parsed = await parseForm(request, TenantSettingsFormSchema);
  if (!parsed.ok) return formFailure(parsed.fieldErrors, parsed.values);
  const { db } = context.get(servicesContext);
  return runAction(async () => {
    await updateTenantSettings({
      db,
      tenantId: context.get(tenantContext).id,
      actor: actorOf(context),
      input: parsed.data,
    });
    return { ok: true as const, messageKey: "admin.saved" };
  }, parsed.values);
}

export default function AdminSettings({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("admin.settings.title")} — ${t("admin.title")}`}</title>
      <h1>{t("admin.settings.title")}</h1>
      <p className="lead">{t("admin.settings.lead")}</p>
      <ActionNotice data={actionData} />
      <TenantSettingsForm
        key={JSON.stringify(loaderData.current)}
        current={loaderData.current}
        data={actionData}
        numberExample={loaderData.numberExample}
      />
    </>
  );
}
