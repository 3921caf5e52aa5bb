import { formatDate } from "~/platform/format/dates";
import { formatMoney } from "~/platform/format/money";
import { formatPercent } from "~/platform/format/percent";
import { useT } from "../../lib/shell";
import { ContractStatusBadge } from "./contract-page-status";

export interface ContractTermsView {
  contract: {
    number: string;
    status: string;
    organizationName: string;
    signedOn: string | null;
    terminationReason: string | null;
  };
  competition: { title: string };
  terms: {
    versionNumber: number;
    place: string;
    drawnUpOn: string;
    taskTitle: string;
    taskStart: string;
    taskEnd: string;
    grantAmount: number;
    ownContribution: number;
    totalCost: number;
    bankAccount: string;
    allowedShiftBp: number;
  };
}

/** The contract's terms from its current version, and where it stands. */
export function ContractPageTerms({ view }: { view: ContractTermsView }) {
  const t = useT();
  const { contract, terms } = view;
  return (
    <dl className="facts">
      <dt>{t("contracts.terms.status")}</dt>
      <dd>
        <ContractStatusBadge status={contract.status} />
      </dd>
      <dt>{t("contracts.terms.organization")}</dt>
      <dd>{contract.organizationName}</dd>
      <dt>{t("contracts.terms.competition")}</dt>
      <dd>{view.competition.title}</dd>
      <dt>{t("contracts.terms.task")}</dt>
      <dd>{terms.taskTitle}</dd>
      <dt>{t("contracts.terms.period")}</dt>
      <dd>
        {formatDate(terms.taskStart)} – {formatDate(terms.taskEnd)}
      </dd>
      <dt>{t("contracts.terms.grant")}</dt>
      <dd>{formatMoney(terms.grantAmount)}</dd>
      <dt>{t("contracts.terms.own")}</dt>
      <dd>{formatMoney(terms.ownContribution)}</dd>
      <dt>{t("contracts.terms.total")}</dt>
      <dd>{formatMoney(terms.totalCost)}</dd>
      <dt>{t("contracts.terms.bankAccount")}</dt>
      <dd>{terms.bankAccount}</dd>
      <dt>{t("contracts.terms.shift")}</dt>
      <dd>{formatPercent(terms.allowedShiftBp)}</dd>
      <dt>{t("contracts.terms.drawnUp")}</dt>
      <dd>
        {terms.place}, {formatDate(terms.drawnUpOn)} (
        {t("contracts.terms.version", { n: terms.versionNumber })})
      </dd>
      {contract.signedOn ? (
        <>
          <dt>{t("contracts.terms.signedOn")}</dt>
          <dd>{formatDate(contract.signedOn)}</dd>
        </>
      ) : null}
      {contract.terminationReason ? (
        <>
          <dt>{t("contracts.terms.terminationReason")}</dt>
          <dd>{contract.terminationReason}</dd>
        </>
      ) : null}
    </dl>
  );
}
