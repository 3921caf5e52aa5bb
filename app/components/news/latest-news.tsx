import { Link } from "react-router";
import { useT } from "../../lib/shell";
import { FeedLinks, NewsList, type NewsSummary } from "./news-list";

/** The newest published news on the home page, with the way to all of them and to the feeds. */
export function LatestNews({ items }: { items: readonly NewsSummary[] }) {
  const t = useT();
  return (
    <section aria-labelledby="home-news">
      <h2 id="home-news">{t("news.home.title")}</h2>
      <NewsList items={items} headingLevel={3} />
      <p>
        <Link to="/aktualnosci">{t("news.home.all")}</Link>
      </p>
      <FeedLinks />
    </section>
  );
}
