import type { Clock } from "../../platform/clock/clock";
import type { DbOrTx } from "../../platform/db/client.server";
import { factsOf, findOfferInTenant, offerorsOf, subjectOf } from "../offers/access";
import { allowedActions, assertCan } from "../offers/policy";
import { requireUserId } from "../organizations/access";
import { readCorrections, readFormalCheck, readSignedCopies, readVersions } from "./access";

/**
 * What the organisation sees of the formal check of its offer (the offerors' people, `view`): the
 * latest correction round (what to fix, the sections it may change, the deadline, whether it is
 * still open), the outcome once decided, the signed copies with their results and the current
 * version's checksum.
 */
export async function getOfferEvaluation(options: {
  db: DbOrTx;
  tenantId: string;
  actor: { userId: string | null };
  clock: Clock;
  offerId: unknown;
}) {
  const userId = requireUserId(options.actor);
  const offer = await findOfferInTenant(options.db, options.tenantId, options.offerId);
  const offerors = await offerorsOf(options.db, offer, userId);
  const subject = subjectOf(offerors);
  // The department plays no part for the offerors' people.
  const facts = factsOf(offer, "");
  assertCan(subject, "view", facts);
  const now = options.clock.now();
  const [latest] = await readCorrections(options.db, offer.id);
  const check = await readFormalCheck(options.db, offer.id);
  const copies = await readSignedCopies(options.db, offer.id);
  const versions = await readVersions(options.db, offer.id);
  const current = versions.find((v) => v.id === offer.submittedVersionId) ?? null;
  const open = latest?.status === "open" && latest.deadline.getTime() > now.getTime();
  return {
    offer: { id: offer.id, title: offer.title, status: offer.status, revision: offer.revision },
    canEdit: allowedActions(subject, facts).edit,
    current: current
      ? {
          id: current.id,
          number: current.number,
          checksum: current.checksum,
          receiptNumber: current.receiptNumber,
        }
      : null,
    /** Whether something was saved since the checked version (a correction needs a change). */
    changedSinceCheck: latest
      ? versions.find((v) => v.id === latest.fromVersionId)?.revision !== offer.revision
      : false,
    correction: latest
      ? {
          id: latest.id,
          status: latest.status,
          open,
          items: latest.items,
          sections: latest.sections,
          message: latest.message,
          deadline: latest.deadline,
          requestedAt: latest.requestedAt,
        }
      : null,
    outcome: check ? { outcome: check.outcome, reason: check.reason } : null,
    signedCopies: copies.map((c) => ({
      id: c.id,
      match: c.match,
      extractedChecksum: c.extractedChecksum,
      versionNumber: versions.find((v) => v.id === c.versionId)?.number ?? null,
      uploadedAt: c.uploadedAt,
    })),
  };
}

export type OfferEvaluationView = Awaited<ReturnType<typeof getOfferEvaluation>>;

/** Whether the offer has an open correction now (for the overview's banner), without the policy. */
export function hasOpenCorrection(view: OfferEvaluationView): boolean {
  return view.correction?.open === true;
}
