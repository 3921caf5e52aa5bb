import { downloadAttachment } from "../lib/offers/attachments.server";
import type { Route } from "./+types/panel.oferty.$id.zalaczniki.$attachmentId";

/**
 * GET /panel/oferty/:id/zalaczniki/:attachmentId — one attachment as a download, for the
 * offerors' people and, once the offer was submitted, the office staff of its department.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return downloadAttachment(context, request, params.id, params.attachmentId);
}
