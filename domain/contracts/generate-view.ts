import type { DbOrTx } from "../../platform/db/client.server";
import { isAppError } from "../../platform/errors/app-error";
import { currentVersionOf, type StaffRoles } from "./access";
import { contractOfOffer, contractSourceOf, findOfferForContract } from "./generate-source";
import { defaultTermsOf, type TermsFormValues, taskPeriodOf, termsFormValuesOf } from "./generate-terms";

/*
 * What the office's page /urzad/oferty/:id/umowa shows: the contract when one exists (the page
 * sends there, or redraws a draft), the form with the proposed terms, or why no contract can be
 * drawn up yet (the update not accepted, the grant declined…).
 */

export type ContractTermsView =
  | {
      kind: "exists";
      contractId: string;
      status: string;
      editable: boolean;
      offerTitle: string;
      number: string;
      grant: number;
      values: TermsFormValues | null;
    }
  | {
      kind: "new";
      offerTitle: string;
      organizationName: string;
      grant: number;
      ownContribution: number;
      taskStart: string;
      taskEnd: string;
      values: TermsFormValues;
    }
  | { kind: "blocked"; offerTitle: string; reasonKey: string };

export async function readContractTerms(
  db: DbOrTx,
  options: { tenantId: string; staffRoles: StaffRoles; offerId: unknown },
): Promise<ContractTermsView> {
  const found = await findOfferForContract(db, { ...options, action: "office.view" });
  const offerTitle = found.offer.title;
  const contract = await contractOfOffer(db, found.offer.id);
  if (contract) {
    const editable = contract.status === "draft" && contract.currentVersion === 1;
    const values = editable ? termsFormValuesOf((await currentVersionOf(db, contract.id)).document) : null;
    return {
      kind: "exists",
      contractId: contract.id,
      status: contract.status,
      editable,
      offerTitle,
      number: contract.number,
      grant: contract.grantAmount,
      values,
    };
  }
  try {
    const source = await contractSourceOf(db, { tenantId: options.tenantId, ...found });
    const leader =
      source.version.document.offerors.find((o) => o.leader) ?? source.version.document.offerors[0];
    return {
      kind: "new",
      offerTitle,
      organizationName: leader?.name ?? "",
      grant: source.grant,
      ownContribution: source.version.document.calculation.own,
      ...taskPeriodOf(source),
      values: defaultTermsOf(source),
    };
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT")
      return { kind: "blocked", offerTitle, reasonKey: error.messageKey };
    throw error;
  }
}
