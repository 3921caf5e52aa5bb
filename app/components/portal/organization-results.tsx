import { Link } from "react-router";
import type { PublicOrganizationQuery, PublicOrganizationSummary } from "~/domain/portal/api-schemas";
import type { PublicSearchResult } from "~/domain/portal/search-public-organizations";
import { formatKrs } from "~/platform/validation/identifiers";
import { plural } from "../../i18n/plural";
import { useLocale, useT } from "../../lib/shell";
import { Pagination } from "../organizations/pagination";
import { searchQueryString } from "./search-url";

function OrganizationCard({ organization: o }: { organization: PublicOrganizationSummary }) {
  const t = useT();
  return (
    <li className="org-card">
      <h3 className="org-card__name">
        <Link to={`/organizacje/${o.id}`}>{o.name}</Link>
        {o.opp ? (
          <>
            {" "}
            <abbr className="badge" title={t("portal.badge.opp.long")}>
              {t("portal.badge.opp")}
            </abbr>
          </>
        ) : null}
      </h3>
      <p className="org-card__meta">
        {t(`org.legalForm.${o.legalForm}`)}
        {o.krs ? ` · KRS ${formatKrs(o.krs)}` : ""}
        {` · ${o.district ? `${o.city}, ${o.district}` : o.city}`}
      </p>
      {o.areas.length ? (
        <ul className="org-card__areas">
          {o.areas.map((a) => (
            <li key={a}>{t(`org.area.${a}`)}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The count (announced), the organisations found, pages and downloads of the same search. */
export function OrganizationResults({
  search,
  result,
}: {
  search: PublicOrganizationQuery;
  result: PublicSearchResult;
}) {
  const t = useT();
  const locale = useLocale();
  const filters = searchQueryString(search, { withPaging: false });
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">{t("portal.search.results")}</h2>
      <p role="status" className="portal-count">
        {plural(t, locale, "portal.search.found", result.total)}
      </p>
      {result.items.length === 0 ? (
        <p>{t("portal.search.empty")}</p>
      ) : (
        <ol className="org-list" start={(result.page - 1) * result.pageSize + 1}>
          {result.items.map((o) => (
            <OrganizationCard key={o.id} organization={o} />
          ))}
        </ol>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(page) => `/organizacje${searchQueryString(search, { page })}`}
      />
      <h3>{t("portal.search.download")}</h3>
      <ul className="portal-downloads">
        <li>
          <a href={`/organizacje.csv${filters}`} download>
            {t("portal.search.download.csv")}
          </a>
        </li>
        <li>
          <a href={`/organizacje.xlsx${filters}`} download>
            {t("portal.search.download.xlsx")}
          </a>
        </li>
        <li>
          <a href="/api/v1/openapi.json">{t("portal.search.api")}</a>
        </li>
      </ul>
    </section>
  );
}
