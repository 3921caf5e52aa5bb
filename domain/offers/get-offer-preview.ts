import type { Db } from "../../platform/db/client.server";
import { getCompetitionParameters } from "../competitions/get-competition-parameters";
import { factsOf, findOfferInTenant, offerorDataOf, offerorsOf, subjectOf } from "./access";
import { buildOfferDocument, type OfferDocument } from "./document";
import {
  basicsOf,
  documentAttachments,
  readAttachments,
  readSections,
  tenantForOffers,
} from "./offer-content";
import { assertCan } from "./policy";
import type { OfferStatus } from "./rules";

/**
 * The current draft as the document a submission would freeze (no checksum, no receipt), for the
 * HTML preview and the draft PDF. For the offerors' people only.
 */
export async function getOfferPreview(options: {
  db: Db;
  tenantId: string;
  userId: string;
  offerId: unknown;
}): Promise<{ document: OfferDocument; status: OfferStatus; revision: number; tenantName: string }> {
  const { db } = options;
  const offer = await findOfferInTenant(db, options.tenantId, options.offerId);
  const offerors = await offerorsOf(db, offer, options.userId);
  const [competition, tenant, stored, attachments, offerorData] = await Promise.all([
    getCompetitionParameters({ db, tenantId: options.tenantId, competitionId: offer.competitionId }),
    tenantForOffers(db, options.tenantId),
    readSections(db, offer.id),
    readAttachments(db, offer.id),
    offerorDataOf(db, offerors),
  ]);
  assertCan(subjectOf(offerors), "view", factsOf(offer, competition.departmentId));
  const document = buildOfferDocument({
    offerId: offer.id,
    basics: basicsOf(competition, tenant.authority),
    offerors: offerorData,
    sections: stored.sections,
    attachments: documentAttachments(attachments),
  });
  return { document, status: offer.status, revision: offer.revision, tenantName: tenant.name };
}
