import {
  AuditFilterSchema,
  listAuditEntityTypes,
  queryAuditLog,
} from "~/domain/administration/query-audit-log";
import { AuditFilterForm, AuditPagination, AuditTable } from "../components/admin/audit-log";
import { requirePermission } from "../lib/admin/admin-route.server";
import { servicesContext, tenantContext } from "../lib/contexts";
import { zodFieldErrors } from "../lib/form.server";
import { useT } from "../lib/shell";
import type { Route } from "./+types/admin.dziennik";

/** The audit log browser: filters are GET parameters, so every view has a shareable address. */
export async function loader({ context, request }: Route.LoaderArgs) {
  requirePermission(context, request, "audit.read");
  const { db } = context.get(servicesContext);
  const tenantId = context.get(tenantContext).id;
  const params = new URL(request.url).searchParams;
  const values: Record<string, string> = {};
  for (const name of ["typ", "akcja", "kto", "obiekt", "od", "do", "przed"]) {
    const value = params.get(name);
    if (value) values[name] = value.slice(0, 300);
  }
  const entityTypes = await listAuditEntityTypes(db, tenantId);
  const parsed = AuditFilterSchema.safeParse(values);
  if (!parsed.success) {
    return { values, errors: zodFieldErrors(parsed.error), entries: [], nextCursor: null, entityTypes };
  }
  const page = await queryAuditLog({ db, tenantId, filter: parsed.data });
  return { values, errors: undefined, ...page, entityTypes };
}

export default function AdminAuditLog({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { values, errors, entries, nextCursor, entityTypes } = loaderData;
  return (
    <>
      <title>{`${t("admin.audit.title")} — ${t("admin.title")}`}</title>
      <h1>{t("admin.audit.title")}</h1>
      <p className="lead">{t("admin.audit.lead")}</p>
      <AuditFilterForm values={values} errors={errors} entityTypes={entityTypes} />
      <h2>{t("admin.audit.table")}</h2>
      <AuditTable entries={entries} />
      <AuditPagination values={values} nextCursor={nextCursor} paged={Boolean(values.przed)} />
    </>
  );
}
