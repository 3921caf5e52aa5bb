import { Link } from "react-router";
import { readOutboxMessage } from "~/domain/administration/list-outbox";
import { isAppError } from "~/platform/errors/app-error";
import { OutboxMessage } from "../components/admin/outbox";
import { requirePermission } from "../lib/admin/admin-route.server";
import { servicesContext, tenantContext } from "../lib/contexts";
import { appErrorResponse } from "../lib/http.server";
import { useT } from "../lib/shell";
import type { Route } from "./+types/admin.poczta.$id";

/**
 * One message. Its body is shown only while there is no SMTP (the development mailbox): with real
 * delivery, administrators need the status, not other people's one-time links.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  requirePermission(context, request, "mailbox.read");
  const { db, clock, env } = context.get(servicesContext);
  const tenantId = context.get(tenantContext).id;
  const message = await readOutboxMessage(db, { tenantId, id: params.id, now: clock.now() }).catch(
    (error) => {
      // NOT_FOUND (unknown id, another municipality's message) becomes the 404 page.
      if (isAppError(error)) appErrorResponse(error);
      throw error;
    },
  );
  const showBody = !env.SMTP_URL;
  return { message: showBody ? message : { ...message, text: "", html: "" }, showBody };
}

export default function AdminMailboxMessage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { message, showBody } = loaderData;
  return (
    <>
      <title>{`${message.subject} — ${t("admin.mailbox.title")}`}</title>
      <p>
        <Link to="/admin/poczta">{t("admin.mailbox.back")}</Link>
      </p>
      <h1>{message.subject}</h1>
      <OutboxMessage message={message} showBody={showBody} />
    </>
  );
}
