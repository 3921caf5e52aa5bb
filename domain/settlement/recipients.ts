import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { tenants } from "../../platform/db/schema/tenancy";
import { readTenantSettings, type TenantSettings } from "../../platform/tenancy/settings";
import { formatIban } from "../../platform/validation/identifiers";
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

/**
 * Where a return is paid (ufp art. 251): the authority's account from the tenant settings,
 * formatted ("PL61 1090 …"), or "" when none is set (letters then name the contract's account).
 */
export async function returnAccountOf(db: DbOrTx, tenantId: string): Promise<string> {
  const [row] = await db
    .select({ settings: tenants.settings })
    .from(tenants)
    .where(eq(tenants.id, tenantId))
    .limit(1);
  return returnAccountText(readTenantSettings(row?.settings));
}

/** The tenant settings' account for returns, formatted, or "" when none is set. */
export function returnAccountText(settings: Pick<TenantSettings, "returnBankAccount">): string {
  return settings.returnBankAccount ? formatIban(settings.returnBankAccount) : "";
}

/** The settlement's pages, for links in mail. */
export const settlementLinks = {
  ngo: (appUrl: string, contractId: string) =>
    `${appUrl.replace(/\/$/, "")}/panel/umowy/${contractId}/rozliczenie`,
  office: (appUrl: string, contractId: string) =>
    `${appUrl.replace(/\/$/, "")}/urzad/umowy/${contractId}/rozliczenie`,
};
