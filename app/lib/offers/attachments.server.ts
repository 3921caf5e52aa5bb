import { data, type RouterContextProvider, redirect } from "react-router";
import { attachOfferFile, refuseOversizedAttachment } from "~/domain/offers/attach-offer-file";
import { getOfferAttachment } from "~/domain/offers/get-offer-attachment";
import { removeOfferAttachment } from "~/domain/offers/remove-offer-attachment";
import type { AppError } from "~/platform/errors/app-error";
import { attachmentDisposition } from "~/platform/files/content-disposition";
import { fileLimitsFromEnv, fileStoragesFromEnv } from "~/platform/files/file-storage-from-env.server";
import { fileRefusalError } from "~/platform/files/inspect-upload";
import { MIB } from "~/platform/files/limits";
import { declaredLength, readBodyWithLimit } from "~/platform/files/multipart.server";
import { ALLOWED_FILE_TYPES, kindOfContentType } from "~/platform/files/sniff-content-type";
import { servicesContext } from "../contexts";
import { requireUser } from "../guards.server";
import type { OfferActionFailure } from "./answers";
import {
  loadWorkspace,
  offerActionRefusal,
  offerDeps,
  orOfferErrorPage,
  requireOfferMember,
  runOfferAction,
  staffRolesOf,
} from "./offers-route.server";

/*
 * The attachments page of an offer (/panel/oferty/:id/zalaczniki) and its downloads: listing,
 * uploading without JavaScript (multipart, size refused before the body is buffered), removing,
 * and serving a file with the type sniffed at upload.
 */

type Context = Readonly<RouterContextProvider>;

/** The file storages and upload limits this process is configured with. */
export function filesOf(context: Context) {
  const { env, db } = context.get(servicesContext);
  return { files: fileStoragesFromEnv(env, db), limits: fileLimitsFromEnv(env) };
}

/** A multipart body may exceed the file by its other fields and part headers, never by more than this. */
const FORM_OVERHEAD = MIB;

const NOTICES = { dodano: "files.notice.added", usunieto: "files.notice.removed" } as const;

const here = (offerId: string) => `/panel/oferty/${offerId}/zalaczniki`;

/** What the page shows: required attachments and their status, the files, the limits. */
export async function loadAttachmentsPage(context: Context, request: Request, offerId: string | undefined) {
  const { workspace: w } = await loadWorkspace(context, request, offerId);
  const { limits } = filesOf(context);
  const attachments = w.attachments.map((a) => {
    const kind = kindOfContentType(a.contentType);
    return {
      id: a.id,
      requirement: a.requirement,
      filename: a.filename,
      typeLabel: kind ? ALLOWED_FILE_TYPES[kind].label : a.contentType,
      size: a.size,
      sha256: a.sha256,
      createdAt: a.createdAt.toISOString(),
    };
  });
  const notice = new URL(request.url).searchParams.get("komunikat");
  return {
    offer: { id: w.offer.id, title: w.offer.title },
    requirements: w.competition.requiredAttachments.map((r) => ({
      label: r.label,
      files: attachments.filter((a) => a.requirement === r.label).map((a) => a.filename),
    })),
    attachments,
    used: attachments.reduce((sum, a) => sum + a.size, 0),
    limits,
    canEdit: w.can.edit || w.correctionAttachments,
    open: w.open,
    unsubmittedChanges: w.unsubmittedChanges,
    notice: notice && Object.hasOwn(NOTICES, notice) ? NOTICES[notice as keyof typeof NOTICES] : null,
  };
}

/** The page's action: a multipart upload, or a small form removing one file. */
export async function attachmentsAction(context: Context, request: Request, offerId: string | undefined) {
  await requireOfferMember(context, request, offerId);
  const type = request.headers.get("content-type") ?? "";
  if (/^multipart\/form-data/i.test(type)) return upload(context, request, offerId);
  const form = await request.formData();
  if (form.get("intent") !== "remove") return failure(fileRefusalError("missing"), {}, 422);
  const { files } = filesOf(context);
  return runOfferAction(context, offerId, async () => {
    await removeOfferAttachment({
      ...offerDeps(context),
      files,
      offerId,
      attachmentId: String(form.get("attachmentId") ?? ""),
    });
    return redirect(`${here(String(offerId))}?komunikat=usunieto`);
  });
}

/** The one file of an upload form with its other fields, or why there is none. */
export type UploadedFile =
  | { kind: "file"; form: FormData; name: string; bytes: Uint8Array }
  | { kind: "tooLarge"; declared: number | null }
  | { kind: "missing"; form: FormData | null };

/**
 * Reads the file of a multipart upload: a body declared (or found) larger than `maxFileBytes` plus
 * the form's overhead is refused before it is read into memory; a form without a chosen file (a
 * browser still sends the part, with an empty name and no bytes) is "missing".
 */
export async function readUploadedFile(request: Request, maxFileBytes: number): Promise<UploadedFile> {
  const cap = maxFileBytes + FORM_OVERHEAD;
  const declared = declaredLength(request);
  if (declared !== null && declared > cap) return { kind: "tooLarge", declared };
  const body = await readBodyWithLimit(request, cap);
  if (!body) return { kind: "tooLarge", declared };
  let form: FormData;
  try {
    const type = request.headers.get("content-type") ?? "";
    form = await new Response(body, { headers: { "content-type": type } }).formData();
  } catch {
    return { kind: "missing", form: null };
  }
  const file = form.get("file");
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) return { kind: "missing", form };
  return { kind: "file", form, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * An upload: too large is refused with 413 and audited; otherwise the use case checks the file
 * itself (size, type, zip bombs, the offer's total).
 */
async function upload(context: Context, request: Request, offerId: string | undefined) {
  const { files, limits } = filesOf(context);
  const upload = await readUploadedFile(request, limits.maxFileBytes);
  if (upload.kind === "tooLarge") return oversized(context, offerId, upload.declared);
  const requirement = String(upload.form?.get("requirement") ?? "");
  if (upload.kind === "missing") return failure(fileRefusalError("missing"), { requirement }, 422);
  return runOfferAction(
    context,
    offerId,
    async () => {
      await attachOfferFile({
        ...offerDeps(context),
        files,
        limits,
        offerId,
        requirement,
        filename: upload.name,
        bytes: upload.bytes,
      });
      return redirect(`${here(String(offerId))}?komunikat=dodano`);
    },
    { requirement },
  );
}

/**
 * Audits a too-large upload for an offer and gives the refusal to show next to the file field;
 * throws the use case's refusal (403/404) for an offer the person may not touch.
 */
export async function auditOversizedUpload(
  context: Context,
  offerId: string | undefined,
  size: number | null,
): Promise<AppError> {
  const { db, tenantId, actor } = offerDeps(context);
  const { limits } = filesOf(context);
  return refuseOversizedAttachment({ db, tenantId, actor, offerId, size, filename: null, limits });
}

async function oversized(context: Context, offerId: string | undefined, size: number | null) {
  try {
    return failure(await auditOversizedUpload(context, offerId, size), {}, 413);
  } catch (error) {
    return offerActionRefusal(context, offerId, error);
  }
}

function failure(error: AppError, values: Record<string, string>, status: number) {
  const body: OfferActionFailure = {
    ok: false,
    code: error.code,
    messageKey: error.messageKey,
    fieldErrors: error.fieldErrors,
    values,
    details: {},
  };
  return data(body, { status });
}

/**
 * A file as a download: the type sniffed at upload, always "attachment" (never shown inline, so
 * a crafted file cannot run as a page of this site), nosniff, a sandboxing CSP and no caching.
 */
export async function downloadAttachment(
  context: Context,
  request: Request,
  offerId: string | undefined,
  attachmentId: string | undefined,
) {
  const { user } = requireUser(context, request);
  const { db, tenantId } = offerDeps(context);
  const { files } = filesOf(context);
  const file = await orOfferErrorPage(
    context,
    getOfferAttachment({
      db,
      tenantId,
      userId: user.id,
      staffRoles: staffRolesOf(context),
      files,
      offerId,
      attachmentId,
    }),
    offerId,
  );
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": attachmentDisposition(file.filename),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}
