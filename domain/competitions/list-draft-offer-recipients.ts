import type { DbOrTx } from "../../platform/db/client.server";
import type { Recipient } from "../organizations/access";

/**
 * The people to tell when a published competition changes (an amendment) or is cancelled: every
 * member of an organisation that has a draft offer (or a joint offer as a partner) in it.
 *
 * SEAM FOR THE OFFERS ROUND: there are no offers yet, so this returns []. When offers exist,
 * replace the body with one query: offers of this competition in status "draft" (not yet
 * submitted) → their organisations (all offerors of a joint offer) → organization_members → users,
 * distinct by user, returning { userId, email, name, locale }. Keep the signature: it runs inside
 * the caller's transaction (amend-competition, transitionCompetition), which enqueues one mail
 * per recipient.
 */
export async function listDraftOfferRecipients(
  _db: DbOrTx,
  _options: { tenantId: string; competitionId: string },
): Promise<Recipient[]> {
  return [];
}
