import { data, type RouterContextProvider } from "react-router";
import { getOfferEvaluation } from "~/domain/evaluation/get-offer-evaluation";
import { submitCorrection } from "~/domain/evaluation/submit-correction";
import { uploadSignedCopy } from "~/domain/evaluation/upload-signed-copy";
import { fileRefusalError } from "~/platform/files/inspect-upload";
import { requireUser } from "../guards.server";
import { redirectWithNotice } from "../http.server";
import { auditOversizedUpload, filesOf, readUploadedFile } from "../offers/attachments.server";
import {
  offerActionRefusal,
  offerDeps,
  orOfferErrorPage,
  requireOfferMember,
  runOfferAction,
  withOfferNotice,
} from "../offers/offers-route.server";

/*
 * Route plumbing of the organisation's side of the formal check: the correction page
 * (/panel/oferty/:id/korekta) and the signed copy's upload (/panel/oferty/:id/kopia-podpisana),
 * multipart without JavaScript like the attachments, the body capped before it is read.
 */

type Context = Readonly<RouterContextProvider>;

const NOTICES = ["copyMatch", "copyMismatch", "copyNotFound", "corrected"] as const;

export function ngoNoticeOf(request: Request): string | null {
  const name = new URL(request.url).searchParams.get("komunikat");
  return NOTICES.includes(name as (typeof NOTICES)[number]) ? `evaluation.notice.${name}` : null;
}

/** The formal check of the offer as its offerors' people see it, or the 403/404 page. */
export async function loadOfferEvaluation(context: Context, request: Request, offerId: string | undefined) {
  requireUser(context, request);
  const { db, tenantId, clock, actor } = offerDeps(context);
  const view = await orOfferErrorPage(
    context,
    getOfferEvaluation({ db, tenantId, actor, clock, offerId }),
    offerId,
  );
  return { view, notice: ngoNoticeOf(request) };
}

/** Submits the correction (a double click answers with the same version). */
export async function correctionAction(context: Context, request: Request, offerId: string | undefined) {
  requireUser(context, request);
  return runOfferAction(context, offerId, async () => {
    const result = await submitCorrection({ ...offerDeps(context), offerId });
    return withOfferNotice(`/panel/oferty/${offerId}`, result.repeated ? "alreadySubmitted" : "submitted", {
      wersja: String(result.number),
    });
  });
}

/**
 * Uploads the signed copy; a body larger than the file limit is refused before it is read, and
 * audited like an oversized attachment.
 */
export async function signedCopyAction(context: Context, request: Request, offerId: string | undefined) {
  await requireOfferMember(context, request, offerId);
  const { files, limits } = filesOf(context);
  const refuse = (status: number, fieldErrors: Record<string, string[]> | undefined) =>
    data(
      {
        ok: false as const,
        code: "VALIDATION",
        messageKey: "files.refused.title",
        fieldErrors,
        values: {},
        details: {},
      },
      { status },
    );
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(type)) return refuse(422, fileRefusalError("missing").fieldErrors);
  const upload = await readUploadedFile(request, limits.maxFileBytes);
  if (upload.kind === "tooLarge") {
    try {
      return refuse(413, (await auditOversizedUpload(context, offerId, upload.declared)).fieldErrors);
    } catch (error) {
      return offerActionRefusal(context, offerId, error);
    }
  }
  if (upload.kind === "missing") return refuse(422, fileRefusalError("missing").fieldErrors);
  const { name: filename, bytes } = upload;
  try {
    const result = await uploadSignedCopy({
      ...offerDeps(context),
      files,
      limits,
      offerId,
      filename,
      bytes,
    });
    const notice = { match: "copyMatch", mismatch: "copyMismatch", not_found: "copyNotFound" }[result.match];
    return redirectWithNotice(`/panel/oferty/${offerId}/kopia-podpisana`, notice);
  } catch (error) {
    return offerActionRefusal(context, offerId, error);
  }
}
