import { ActionNotice } from "../components/admin/action-notice";
import { AddInterestRateForm, InterestRateTable } from "../components/settlement/rate-table";
import { interestRatesAction, loadInterestRates } from "../lib/settlement/rates-route.server";
import { useT } from "../lib/shell";
import type { Route } from "./+types/admin.odsetki";

/**
 * GET /admin/odsetki — the rate of interest for tax arrears (Ordynacja podatkowa art. 56) with the
 * day each rate applies from and the threshold of art. 54 § 1 pkt 1, kept by the administrator:
 * late returns of a grant are charged by it (ufp art. 251 ust. 5, 252 ust. 1).
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  return loadInterestRates(context, request);
}

export async function action({ context, request }: Route.ActionArgs) {
  return interestRatesAction(context, request);
}

export default function AdminInterestRates({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <title>{`${t("settlement.rates.title")} — ${t("admin.title")}`}</title>
      <h1>{t("settlement.rates.title")}</h1>
      <p className="lead">{t("settlement.rates.lead")}</p>
      <ActionNotice data={actionData} />
      <InterestRateTable rates={loaderData.rates} today={loaderData.today} />
      <AddInterestRateForm data={actionData} />
    </>
  );
}
