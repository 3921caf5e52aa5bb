import { MEMBER_ROLES } from "~/domain/organizations/schemas";
import { formatDateTime } from "~/platform/format/dates";
import { useT } from "../../lib/shell";
import { PostForm } from "../forms";

export interface JoinRequestRow {
  id: string;
  name: string;
  email: string;
  message: string;
  createdAt: Date | string;
}

/** Requests to join, each with accept (choosing the role) and decline; owners only. */
export function JoinRequests({ requests }: { requests: JoinRequestRow[] }) {
  const t = useT();
  if (requests.length === 0) return <p>{t("org.members.requests.empty")}</p>;
  return (
    <ul className="join-requests">
      {requests.map((r) => (
        <li key={r.id}>
          <p>
            <strong>{t("org.members.requests.from", { name: r.name, email: r.email })}</strong>,{" "}
            {formatDateTime(r.createdAt)}
          </p>
          {r.message ? <blockquote>{r.message}</blockquote> : null}
          <PostForm className="inline-form">
            <input type="hidden" name="intent" value="decide" />
            <input type="hidden" name="requestId" value={r.id} />
            <label htmlFor={`request-role-${r.id}`}>{t("org.members.requests.role")}</label>{" "}
            <select id={`request-role-${r.id}`} name="role" defaultValue="editor">
              {MEMBER_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`org.role.${role}`)}
                </option>
              ))}
            </select>{" "}
            <button type="submit" name="decision" value="accept" className="primary">
              {t("org.members.requests.accept")}
            </button>{" "}
            <button type="submit" name="decision" value="reject">
              {t("org.members.requests.reject")}
            </button>
          </PostForm>
        </li>
      ))}
    </ul>
  );
}
