import { Form } from "react-router";
import { formatMoney } from "~/platform/format/money";
import { Pagination } from "../components/organizations/pagination";
import { GrantsTable } from "../components/results/grants-table";
import { grantsPage } from "../lib/results/grants-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/dotacje";

/** GET /dotacje?rok=&strona= — grants awarded in published results, by the year of the decision (open data). */
export function loader({ request, context }: Route.LoaderArgs) {
  return grantsPage(context, request);
}

export default function Grants({ loaderData: d }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const title = t("results.grants.title", { year: d.year });
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p className="lead">{t("results.grants.lead")}</p>
      <Form method="get" className="inline-form">
        <label htmlFor="f-rok">{t("results.grants.year")}</label>{" "}
        <select id="f-rok" name="rok" defaultValue={String(d.year)}>
          {d.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>{" "}
        <button type="submit">{t("results.grants.show")}</button>
      </Form>
      <dl className="facts">
        <dt>{t("results.grants.count")}</dt>
        <dd>{d.total}</dd>
        <dt>{t("results.totals.awarded")}</dt>
        <dd>{formatMoney(d.totalAwarded)}</dd>
      </dl>
      {d.items.length === 0 ? (
        <p>{t("results.grants.none", { year: d.year })}</p>
      ) : (
        <GrantsTable grants={d.items} caption={t("results.grants.caption", { year: d.year })} />
      )}
      <Pagination
        page={d.page}
        pageCount={d.pageCount}
        hrefFor={(p) => `/dotacje?rok=${d.year}&strona=${p}`}
      />
      <ul>
        <li>
          <a href={`/dotacje.csv?rok=${d.year}`} type="text/csv" download>
            {t("results.download.csv")}
          </a>
        </li>
        <li>
          <a href={`/dotacje.xlsx?rok=${d.year}`} download>
            {t("results.download.xlsx")}
          </a>
        </li>
        <li>
          <a href={`/api/v1/grants?year=${d.year}`} type="application/json">
            {t("results.download.json")}
          </a>
        </li>
      </ul>
    </>
  );
}
