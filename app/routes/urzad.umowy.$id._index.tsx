import { Link } from "react-router";
import { formatFileSize } from "~/platform/files/limits";
import { AuditHistoryTable } from "../components/audit-history";
import { ContractPageActions } from "../components/contracts/contract-page-actions";
import { ContractPageRecords } from "../components/contracts/contract-page-records";
import { ContractPageTerms } from "../components/contracts/contract-page-terms";
import { InstalmentLedger } from "../components/contracts/instalment-ledger";
import { Notice } from "../components/organizations/form-parts";
import { loadOfficeContract, officeContractAction } from "../lib/contracts/lifecycle-office.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.umowy.$id._index";

/**
 * GET /urzad/umowy/:id — one contract for the office: status and terms, the instalment ledger,
 * versions, reports, change requests, the settlement's link, the actions allowed now as forms, and
 * the history from the audit log.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return loadOfficeContract(context, request, params.id);
}

export async function action({ request, context, params }: Route.ActionArgs) {
  return officeContractAction(context, request, params.id);
}

export default function OfficeContractPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { view, notice } = loaderData;
  const refused = actionData && "ok" in actionData && !actionData.ok ? actionData : null;
  const title = t("contracts.page.title", { number: view.contract.number });
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        <Link to="/urzad/umowy">{t("contracts.page.backOffice")}</Link>
      </p>
      <Notice messageKey={notice} />
      <ContractPageTerms view={view} />
      {view.contract.hasSignedFile ? (
        <p>
          <a href={`/urzad/umowy/${view.contract.id}/podpisana/umowa.pdf`}>
            {t("contracts.page.signedFile")}
          </a>
        </p>
      ) : null}
      {view.settlementOpen ? (
        <p>
          <Link to={`/urzad/umowy/${view.contract.id}/rozliczenie`}>{t("contracts.page.settlement")}</Link>
        </p>
      ) : null}
      <ContractPageActions
        allowed={view.allowed}
        instalments={view.instalments}
        refused={refused}
        maxSize={formatFileSize(loaderData.maxFileBytes)}
      />
      <InstalmentLedger instalments={view.instalments} totals={view.totals} />
      <ContractPageRecords view={view} base="/urzad" showReports />
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t("contracts.history.title")}</h2>
        {view.history.length === 0 ? (
          <p>{t("contracts.history.empty")}</p>
        ) : (
          <AuditHistoryTable history={view.history} actionKeyPrefix="contracts.audit" />
        )}
      </section>
    </>
  );
}
