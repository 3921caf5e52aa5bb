import { paragraphsOf } from "~/domain/news/schemas";
import { NewsMeta, type NewsSummary } from "./news-list";

/** A published news item: lead, picture with its alt text, and the body's paragraphs, all as text. */
export function NewsArticle({
  item,
}: {
  item: NewsSummary & { body: string; image: { alt: string } | null };
}) {
  return (
    <article className="news-article">
      <NewsMeta item={item} />
      <p className="lead">{item.lead}</p>
      {item.image ? (
        <img className="news-image" src={`/aktualnosci/obraz/${item.id}`} alt={item.image.alt} />
      ) : null}
      {paragraphsOf(item.body).map((paragraph, i) => (
        // The body is plain text: paragraphs by blank lines, single line breaks kept by CSS.
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity but their order
        <p key={i} className="news-paragraph">
          {paragraph}
        </p>
      ))}
    </article>
  );
}
