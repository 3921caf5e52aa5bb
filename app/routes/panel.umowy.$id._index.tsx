import { Link } from "react-router";
import { ContractPageRecords } from "../components/contracts/contract-page-records";
import { ContractPageTerms } from "../components/contracts/contract-page-terms";
import { InstalmentLedger } from "../components/contracts/instalment-ledger";
import { loadMemberContract } from "../lib/contracts/lifecycle-ngo.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/panel.umowy.$id._index";

/**
 * GET /panel/umowy/:id — the contract as the organisation sees it (404 while a draft): terms,
 * instalments, versions to download, reports, change requests and a new one while it binds.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return loadMemberContract(context, request, params.id);
}

export default function MemberContractPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { view } = loaderData;
  const title = t("contracts.page.title", { number: view.contract.number });
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        <Link to="/panel/umowy">{t("contracts.page.backMember")}</Link>
      </p>
      {view.contract.status === "sent" ? <p className="notice">{t("contracts.page.sentLead")}</p> : null}
      <ContractPageTerms view={view} />
      {view.allowed.changeRequest ? (
        <p>
          <Link to={`/panel/umowy/${view.contract.id}/zmiana`} className="button">
            {t("contracts.page.changeRequest")}
          </Link>
        </p>
      ) : null}
      <InstalmentLedger instalments={view.instalments} totals={view.totals} />
      <ContractPageRecords view={view} base="/panel" showReports={view.allowed.reports} />
      {view.settlementOpen ? (
        <p>
          <Link to={`/panel/umowy/${view.contract.id}/rozliczenie`}>{t("contracts.page.settlement")}</Link>
        </p>
      ) : null}
    </>
  );
}
