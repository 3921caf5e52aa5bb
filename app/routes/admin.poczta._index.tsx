import { listOutbox } from "~/domain/administration/list-outbox";
import { OutboxPagination, OutboxTable } from "../components/admin/outbox";
import { requirePermission } from "../lib/admin/admin-route.server";
import { servicesContext, tenantContext } from "../lib/contexts";
import { useT } from "../lib/shell";
import type { Route } from "./+types/admin.poczta._index";

/** The outbox of this municipality: without SMTP it is the development mailbox. */
export async function loader({ context, request }: Route.LoaderArgs) {
  requirePermission(context, request, "mailbox.read");
  const { db, clock, env } = context.get(servicesContext);
  const page = Number.parseInt(new URL(request.url).searchParams.get("strona") ?? "1", 10) || 1;
  const result = await listOutbox(db, { tenantId: context.get(tenantContext).id, page, now: clock.now() });
  return { ...result, page: Math.max(1, page), smtp: Boolean(env.SMTP_URL) };
}

export default function AdminMailbox({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("admin.mailbox.title")} — ${t("admin.title")}`}</title>
      <h1>{t("admin.mailbox.title")}</h1>
      <p className="notice">{t(loaderData.smtp ? "admin.mailbox.smtpLead" : "admin.mailbox.devLead")}</p>
      <OutboxTable rows={loaderData.rows} />
      <OutboxPagination page={loaderData.page} hasNext={loaderData.hasNext} />
    </>
  );
}
