import { Link } from "react-router";
import { formatDate } from "~/platform/format/dates";
import { useT } from "../../lib/shell";

/** What a list of news shows of each item (no body: the page has it). */
export interface NewsSummary {
  id: string;
  title: string;
  lead: string;
  publishedAt: Date | string;
  organization: { id: string; name: string } | null;
}

/** Who published it and when: "24 listopada 2026 · Fundacja …" (or the office). */
export function NewsMeta({ item }: { item: NewsSummary }) {
  const t = useT();
  const date = new Date(item.publishedAt);
  return (
    <p className="news-meta">
      <time dateTime={date.toISOString()}>{formatDate(date)}</time>
      {" · "}
      {item.organization ? (
        <Link to={`/organizacje/${item.organization.id}`}>{item.organization.name}</Link>
      ) : (
        t("news.meta.office")
      )}
    </p>
  );
}

/** Published news as a list of articles with their leads; headings one level below the page's. */
export function NewsList({
  items,
  headingLevel = 2,
}: {
  items: readonly NewsSummary[];
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  if (items.length === 0) return <p>{t("news.list.empty")}</p>;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="news-list">
      {items.map((item) => (
        <li key={item.id}>
          <article aria-labelledby={`news-${item.id}`}>
            <Heading id={`news-${item.id}`}>
              <Link to={`/aktualnosci/${item.id}`}>{item.title}</Link>
            </Heading>
            <NewsMeta item={item} />
            <p>{item.lead}</p>
          </article>
        </li>
      ))}
    </ul>
  );
}

/** Links to the RSS and Atom feeds (also announced in the document's head). */
export function FeedLinks() {
  const t = useT();
  return (
    <p className="news-feeds">
      {t("news.feeds")} <a href="/news.xml">{t("news.feed.rss")}</a> ·{" "}
      <a href="/news.atom">{t("news.feed.atom")}</a>
    </p>
  );
}
