import type { DbOrTx } from "../../platform/db/client.server";
import type { ContractRow } from "../contracts/access";
import { offerorLetterRecipients } from "../offers/access";
import { readOfferors } from "../offers/offer-content";

/** The organisation's people (owners and editors of every offeror) and the offerors' own mailboxes. */
export async function contractLetterRecipients(
  db: DbOrTx,
  contract: Pick<ContractRow, "offerId" | "organizationId">,
) {
  const offerors = await readOfferors(
    db,
    { id: contract.offerId, organizationId: contract.organizationId },
    null,
  );
  return offerorLetterRecipients(db, {
    organizationIds: offerors.map((o) => o.organizationId),
    roles: ["owner", "editor"],
  });
}

/** Where a return is paid: the authority's account named in the contract (no tenant setting yet). */
export const RETURN_ACCOUNT_TEXT = "rachunek wskazany w umowie";

/** The settlement's pages, for links in mail. */
export const settlementLinks = {
  ngo: (appUrl: string, contractId: string) =>
    `${appUrl.replace(/\/$/, "")}/panel/umowy/${contractId}/rozliczenie`,
  office: (appUrl: string, contractId: string) =>
    `${appUrl.replace(/\/$/, "")}/urzad/umowy/${contractId}/rozliczenie`,
};
