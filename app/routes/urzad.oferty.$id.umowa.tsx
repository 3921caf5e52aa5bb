import { Link } from "react-router";
import { formatDate } from "~/platform/format/dates";
import { formatMoney } from "~/platform/format/money";
import { ContractTermsForm } from "../components/contracts/contract-terms-form";
import { contractTermsAction, loadContractTerms } from "../lib/contracts/generate-office.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.oferty.$id.umowa";

/**
 * GET /urzad/oferty/:id/umowa — drawing up the contract of a funded offer (Dz.U. 2018 poz. 2057
 * załącznik nr 3): the terms with their defaults; when the contract exists the page sends to
 * /urzad/umowy/:contractId, except with `?edytuj` while it is a draft, when the same form redraws
 * its terms (intent "edit"). POST draws the contract up (intent "generate") or redraws the draft.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return loadContractTerms(context, request, params.id);
}

export async function action({ request, context, params }: Route.ActionArgs) {
  return contractTermsAction(context, request, params.id);
}

export default function ContractTermsPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { view } = loaderData;
  const refused = actionData && "ok" in actionData && !actionData.ok ? actionData : null;
  const title =
    view.kind === "exists"
      ? t("contracts.generate.editTitle", { number: view.number })
      : t("contracts.generate.title", { title: view.offerTitle || t("evaluation.untitled") });
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        <Link to={`/urzad/oferty/${loaderData.offerId}/ocena-formalna`}>{t("contracts.generate.back")}</Link>
      </p>
      {view.kind === "blocked" ? (
        <p className="notice">{t(view.reasonKey)}</p>
      ) : (
        <>
          {view.kind === "new" ? (
            <dl>
              <dt>{t("contracts.generate.organization")}</dt>
              <dd>{view.organizationName}</dd>
              <dt>{t("contracts.generate.grant")}</dt>
              <dd>{formatMoney(view.grant)}</dd>
              <dt>{t("contracts.generate.ownContribution")}</dt>
              <dd>{formatMoney(view.ownContribution)}</dd>
              <dt>{t("contracts.generate.period")}</dt>
              <dd>
                {view.taskStart && view.taskEnd
                  ? `${formatDate(view.taskStart)} – ${formatDate(view.taskEnd)}`
                  : "—"}
              </dd>
            </dl>
          ) : (
            <dl>
              <dt>{t("contracts.generate.grant")}</dt>
              <dd>{formatMoney(view.grant)}</dd>
            </dl>
          )}
          {view.values ? (
            <ContractTermsForm
              defaults={view.values}
              typed={refused?.values}
              errors={refused?.fieldErrors}
              messageKey={refused?.messageKey}
              intent={view.kind === "exists" ? "edit" : "generate"}
              contractId={view.kind === "exists" ? view.contractId : undefined}
            />
          ) : null}
        </>
      )}
    </>
  );
}
