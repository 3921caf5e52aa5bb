import { Link } from "react-router";
import type { MySubmission } from "~/domain/news/list-my-submissions";
import { formatDate } from "~/platform/format/dates";
import { useT } from "../../lib/shell";

/** The organisations' submitted news with the coordinator's decision (and a rejection's reason). */
export function MySubmissions({ items }: { items: readonly MySubmission[] }) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="my-submissions">
      <h2 id="my-submissions">{t("news.mine.title")}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {item.status === "published" ? (
              <Link to={`/aktualnosci/${item.id}`}>{item.title}</Link>
            ) : (
              item.title
            )}
            {` — ${item.organizationName}`}
            {item.submittedAt ? `, ${formatDate(item.submittedAt)}` : ""}
            {": "}
            <strong>{t(`news.status.${item.status}`)}</strong>
            {item.status === "rejected" && item.rejectionReason ? (
              <p className="news-paragraph">
                {t("news.mine.reason")} {item.rejectionReason}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
