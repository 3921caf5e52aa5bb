import { Link } from "react-router";
import { useT } from "../../lib/shell";

/** Previous / next links with "page n of m"; `hrefFor` keeps the filters in the address. */
export function Pagination(props: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  const t = useT();
  if (props.pageCount <= 1) return null;
  return (
    <nav aria-label={t("pagination.label")} className="pagination">
      {props.page > 1 ? <Link to={props.hrefFor(props.page - 1)}>{t("pagination.previous")}</Link> : null}
      <span aria-current="page">{t("pagination.page", { page: props.page, pages: props.pageCount })}</span>
      {props.page < props.pageCount ? (
        <Link to={props.hrefFor(props.page + 1)}>{t("pagination.next")}</Link>
      ) : null}
    </nav>
  );
}
