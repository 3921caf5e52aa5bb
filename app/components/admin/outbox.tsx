import { Link } from "react-router";
import type { OutboxRow, OutboxStatus } from "~/domain/administration/list-outbox";
import { formatDateTime } from "~/platform/format/dates";
import { useT } from "../../lib/shell";

type Row = Omit<OutboxRow, "createdAt" | "sentAt"> & {
  createdAt: Date | string;
  sentAt: Date | string | null;
};

export function StatusBadge({ status }: { status: OutboxStatus }) {
  const t = useT();
  return <span className="badge">{t(`admin.mailbox.status.${status}`)}</span>;
}

/** The outbox, newest first; subjects link to the message. */
export function OutboxTable({ rows }: { rows: Row[] }) {
  const t = useT();
  if (rows.length === 0) return <p>{t("admin.mailbox.empty")}</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t("admin.mailbox.table")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("admin.mailbox.createdAt")}</th>
            <th scope="col">{t("admin.mailbox.to")}</th>
            <th scope="col">{t("admin.mailbox.subject")}</th>
            <th scope="col">{t("admin.mailbox.template")}</th>
            <th scope="col">{t("admin.mailbox.status")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <time dateTime={new Date(r.createdAt).toISOString()}>{formatDateTime(r.createdAt)}</time>
              </td>
              <td>{r.to}</td>
              <th scope="row">
                <Link to={`/admin/poczta/${r.id}`}>{r.subject}</Link>
              </th>
              <td>
                <code>{r.template}</code>
              </td>
              <td>
                <StatusBadge status={r.status} />
                {r.lastError && r.status !== "sent" ? <div className="field__hint">{r.lastError}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Newer" and "older" page links. */
export function OutboxPagination({ page, hasNext }: { page: number; hasNext: boolean }) {
  const t = useT();
  if (page <= 1 && !hasNext) return null;
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      {page > 1 ? (
        <Link to={page === 2 ? "/admin/poczta" : `/admin/poczta?strona=${page - 1}`}>
          {t("admin.mailbox.previous")}
        </Link>
      ) : null}
      <span>{t("admin.mailbox.page", { page })}</span>
      {hasNext ? <Link to={`/admin/poczta?strona=${page + 1}`}>{t("admin.mailbox.next")}</Link> : null}
    </nav>
  );
}

/** Plain text with its web addresses as links, so the development mailbox's links can be followed. */
function LinkedText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
  return (
    <>
      {parts.map((part, i) =>
        // Odd indexes are the captured addresses; the rest is text. React escapes both.
        i % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never reorder
          <a key={i} href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** One message: facts, the text body, and the HTML in a sandboxed frame (no scripts, no same origin). */
export function OutboxMessage({
  message,
  showBody,
}: {
  message: Row & { text: string; html: string };
  showBody: boolean;
}) {
  const t = useT();
  return (
    <>
      <dl className="facts">
        <dt>{t("admin.mailbox.to")}</dt>
        <dd>{message.to}</dd>
        <dt>{t("admin.mailbox.createdAt")}</dt>
        <dd>{formatDateTime(message.createdAt)}</dd>
        <dt>{t("admin.mailbox.status")}</dt>
        <dd>
          <StatusBadge status={message.status} />
        </dd>
        {message.sentAt ? (
          <>
            <dt>{t("admin.mailbox.sentAt")}</dt>
            <dd>{formatDateTime(message.sentAt)}</dd>
            <dt>{t("admin.mailbox.transport")}</dt>
            <dd>
              <code>{message.transport}</code>
            </dd>
          </>
        ) : null}
        <dt>{t("admin.mailbox.attempts")}</dt>
        <dd>{message.attempts}</dd>
        {message.lastError ? (
          <>
            <dt>{t("admin.mailbox.lastError")}</dt>
            <dd>{message.lastError}</dd>
          </>
        ) : null}
        <dt>{t("admin.mailbox.template")}</dt>
        <dd>
          <code>{message.template}</code>
        </dd>
      </dl>
      {showBody ? (
        <>
          <h2>{t("admin.mailbox.textPart")}</h2>
          <pre style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
            <LinkedText text={message.text} />
          </pre>
          <h2>{t("admin.mailbox.htmlPart")}</h2>
          <iframe
            title={t("admin.mailbox.htmlFrame")}
            sandbox=""
            srcDoc={message.html}
            style={{ width: "100%", minHeight: "32rem", border: "1px solid currentColor" }}
          />
        </>
      ) : (
        <p className="notice">{t("admin.mailbox.bodyHidden")}</p>
      )}
    </>
  );
}
