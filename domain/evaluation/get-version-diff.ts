import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { offerVersions } from "../../platform/db/schema/offers";
import type { OfferDocument } from "../offers/document";
import { findCheckedOffer, readVersions, type StaffRoles } from "./access";
import { diffDocuments } from "./version-diff";

/**
 * The difference between two submitted versions of an offer, by their numbers (`evaluation.view`).
 * Missing or unknown numbers default to the previous and the current version.
 */
export async function getVersionDiff(options: {
  db: DbOrTx;
  tenantId: string;
  staffRoles: StaffRoles;
  offerId: unknown;
  from: number | null;
  to: number | null;
}) {
  const checked = await findCheckedOffer(options.db, {
    tenantId: options.tenantId,
    offerId: options.offerId,
    staffRoles: options.staffRoles,
    action: "evaluation.view",
  });
  const versions = await readVersions(options.db, checked.offer.id);
  const last = versions.at(-1);
  const to = versions.find((v) => v.number === options.to) ?? last;
  const from =
    versions.find((v) => v.number === options.from) ??
    versions.filter((v) => to && v.number < to.number).at(-1);
  const contentOf = async (id: string) => {
    const [row] = await options.db
      .select({ content: offerVersions.content })
      .from(offerVersions)
      .where(and(eq(offerVersions.id, id), eq(offerVersions.offerId, checked.offer.id)));
    return row?.content as unknown as OfferDocument;
  };
  const sections =
    from && to && from.id !== to.id ? diffDocuments(await contentOf(from.id), await contentOf(to.id)) : [];
  return {
    offer: { id: checked.offer.id, title: checked.offer.title },
    versions,
    from: from ?? null,
    to: to ?? null,
    sections,
  };
}
