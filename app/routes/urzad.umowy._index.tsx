import { Form } from "react-router";
import { CONTRACT_LIST_STATUSES } from "~/domain/contracts/lifecycle-schemas";
import { ContractPageList } from "../components/contracts/contract-page-list";
import { Pagination } from "../components/organizations/pagination";
import { loadOfficeContracts } from "../lib/contracts/lifecycle-office.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.umowy._index";

/**
 * GET /urzad/umowy — the office's contracts (officers: their departments'), filtered by status and
 * competition, searched by number or organisation, 25 a page.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  return loadOfficeContracts(context, request);
}

export default function OfficeContracts({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { query, rows, total, pages, competitions } = loaderData;
  const hrefFor = (page: number) => {
    const params = new URLSearchParams();
    if (query.status) params.set("status", query.status);
    if (query.competitionId) params.set("konkurs", query.competitionId);
    if (query.q) params.set("q", query.q);
    params.set("strona", String(page));
    return `/urzad/umowy?${params}`;
  };
  return (
    <>
      <title>{`${t("contracts.list.officeTitle")} — ${tenant.name}`}</title>
      <h1>{t("contracts.list.officeTitle")}</h1>
      <Form method="get" className="filters" role="search" aria-label={t("contracts.list.filters")}>
        <div className="field">
          <label htmlFor="f-q">{t("contracts.list.search")}</label>
          <input id="f-q" name="q" type="search" defaultValue={query.q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="f-status">{t("contracts.list.status")}</label>
          <select id="f-status" name="status" defaultValue={query.status ?? ""}>
            <option value="">{t("contracts.list.any")}</option>
            {CONTRACT_LIST_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`contracts.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-konkurs">{t("contracts.list.competition")}</label>
          <select id="f-konkurs" name="konkurs" defaultValue={query.competitionId ?? ""}>
            <option value="">{t("contracts.list.any")}</option>
            {competitions.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("contracts.list.filter")}</button>
      </Form>
      <p role="status">{t("contracts.list.count", { count: total })}</p>
      {rows.length === 0 ? (
        <p>{t("contracts.list.empty")}</p>
      ) : (
        <ContractPageList rows={rows} base="/urzad" caption={t("contracts.list.officeTitle")} />
      )}
      <Pagination page={query.page} pageCount={pages} hrefFor={hrefFor} />
    </>
  );
}
