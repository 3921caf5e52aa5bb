import { Link } from "react-router";
import type { InboxItem } from "~/domain/contact/list-inbox";
import { formatDateTime } from "~/platform/format/dates";
import { useT } from "../../lib/shell";
import { PostForm } from "../forms";

/** The coordinator's inbox: each message as typed (escaped), who wrote, when, and "mark handled". */
export function InboxList({ items }: { items: readonly InboxItem[] }) {
  const t = useT();
  if (items.length === 0) return <p>{t("contact.inbox.empty")}</p>;
  return (
    <ul className="inbox-list">
      {items.map((m) => (
        <li key={m.id}>
          <article aria-labelledby={`m-${m.id}`}>
            <h2 id={`m-${m.id}`}>
              {t(`contact.kind.${m.kind}`)}: {m.subject}
            </h2>
            <p className="news-meta">
              {t("contact.inbox.from", { name: m.name, email: m.email })} · {formatDateTime(m.createdAt)}
            </p>
            {m.pageUrl ? (
              <p>
                {t("contact.inbox.page")} <code>{m.pageUrl}</code>
              </p>
            ) : null}
            <p className="news-paragraph">{m.message}</p>
            {m.handledAt ? (
              <p>
                {t("contact.inbox.handled", {
                  date: formatDateTime(m.handledAt),
                  name: m.handledByName ?? "—",
                })}
              </p>
            ) : (
              <PostForm>
                <input type="hidden" name="messageId" value={m.id} />
                <button type="submit">{t("contact.inbox.markHandled")}</button>
              </PostForm>
            )}
          </article>
        </li>
      ))}
    </ul>
  );
}

/** Open messages only, or every message. */
export function InboxFilter({ showAll, openCount }: { showAll: boolean; openCount: number }) {
  const t = useT();
  return (
    <p>
      {showAll ? (
        <Link to="/urzad/skrzynka">{t("contact.inbox.showOpen", { count: openCount })}</Link>
      ) : (
        <>
          {t("contact.inbox.openCount", { count: openCount })} ·{" "}
          <Link to="/urzad/skrzynka?pokaz=wszystkie">{t("contact.inbox.showAll")}</Link>
        </>
      )}
    </p>
  );
}
