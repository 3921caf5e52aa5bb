import { data, type RouterContextProvider } from "react-router";
import { getOfficeContract, getOfficeSignedFile } from "~/domain/contracts/get-office-contract";
import { listOfficeContracts } from "~/domain/contracts/list-office-contracts";
import { recallContract } from "~/domain/contracts/recall-contract";
import { recordInstalmentPayment } from "~/domain/contracts/record-instalment-payment";
import { sendContract } from "~/domain/contracts/send-contract";
import { signContract } from "~/domain/contracts/sign-contract";
import { startContract } from "~/domain/contracts/start-contract";
import { terminateContract } from "~/domain/contracts/terminate-contract";
import { attachmentDisposition } from "~/platform/files/content-disposition";
import { fileRefusalError } from "~/platform/files/inspect-upload";
import { competitionDeps, requireCompetitionOffice } from "../competitions/competitions-route.server";
import { formValues } from "../evaluation/office.server";
import { type ActionFailure, orRefusalPage, redirectWithNotice, runAction } from "../http.server";
import { filesOf, readUploadedFile } from "../offers/attachments.server";

/*
 * Route plumbing of the office's contract pages: the list (/urzad/umowy) and one contract
 * (/urzad/umowy/:id) with its action forms — send, recall, sign (multipart: the date and the
 * signed PDF, without JavaScript), start, terminate, record an instalment's payment. Each form
 * names its intent, so a refusal comes back to the right form with what was typed.
 */

type Context = Readonly<RouterContextProvider>;

const NOTICES = ["sent", "recalled", "signed", "started", "terminated", "paid", "repeated"] as const;

function noticeOf(request: Request): string | null {
  const name = new URL(request.url).searchParams.get("komunikat");
  return NOTICES.includes(name as (typeof NOTICES)[number]) ? `contracts.notice.${name}` : null;
}

/** The office's list, filtered by the address's query (?status, ?konkurs, ?q, ?strona). */
export async function loadOfficeContracts(context: Context, request: Request) {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, tenantId } = competitionDeps(context);
  const params = new URL(request.url).searchParams;
  return orRefusalPage(
    context,
    listOfficeContracts({
      db,
      tenantId,
      staffRoles,
      query: {
        status: params.get("status") ?? undefined,
        competitionId: params.get("konkurs") ?? undefined,
        q: params.get("q") ?? undefined,
        page: params.get("strona") ?? undefined,
      } as never,
    }),
    { type: "contract", id: "list" },
  );
}

/** One contract for the office, or the 403/404 page. */
export async function loadOfficeContract(context: Context, request: Request, contractId: unknown) {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, tenantId } = competitionDeps(context);
  const view = await orRefusalPage(context, getOfficeContract({ db, tenantId, staffRoles, contractId }), {
    type: "contract",
    id: contractId,
  });
  const { limits } = filesOf(context);
  return { view, notice: noticeOf(request), maxFileBytes: limits.maxFileBytes };
}

const here = (contractId: unknown) => `/urzad/umowy/${String(contractId)}`;

/** The page's forms: a multipart body is the signing, any other names its intent. */
export async function officeContractAction(
  context: Context,
  request: Request,
  contractId: string | undefined,
) {
  requireCompetitionOffice(context, request);
  const deps = { ...competitionDeps(context), contractId };
  const type = request.headers.get("content-type") ?? "";
  try {
    if (/^multipart\/form-data/i.test(type)) return await signAction(context, request, deps);
    const { values } = await formValues(request);
    return await runAction(async () => {
      const notice = await runIntent(deps, values);
      return redirectWithNotice(here(contractId), notice);
    }, values);
  } catch (error) {
    return orRefusalPage(context, Promise.reject(error), { type: "contract", id: contractId });
  }
}

type Deps = ReturnType<typeof competitionDeps> & { contractId: string | undefined };

async function runIntent(deps: Deps, values: Record<string, string>): Promise<string> {
  const reason = values.reason ?? "";
  switch (values.intent) {
    case "send":
      return (await sendContract(deps)).repeated ? "repeated" : "sent";
    case "recall":
      return (await recallContract({ ...deps, input: { reason } })).repeated ? "repeated" : "recalled";
    case "start":
      return (await startContract(deps)).repeated ? "repeated" : "started";
    case "terminate":
      return (await terminateContract({ ...deps, input: { reason } })).repeated ? "repeated" : "terminated";
    case "pay": {
      const input = {
        position: values.position ?? "",
        paidOn: values.paidOn ?? "",
        paidAmount: values.paidAmount ?? "",
      };
      return (await recordInstalmentPayment({ ...deps, input })).repeated ? "repeated" : "paid";
    }
    default:
      return "repeated";
  }
}

async function signAction(context: Context, request: Request, deps: Deps) {
  const { files, limits } = filesOf(context);
  const upload = await readUploadedFile(request, limits.maxFileBytes);
  const signedOn = String(upload.kind === "tooLarge" ? "" : (upload.form?.get("signedOn") ?? ""));
  const values = { intent: "sign", signedOn };
  if (upload.kind === "tooLarge") {
    await getOfficeContract(deps);
    const body: ActionFailure = {
      ok: false,
      messageKey: "files.refused.title",
      fieldErrors: fileRefusalError("tooLarge", { max: limits.maxFileBytes }).fieldErrors,
      values,
    };
    return data(body, { status: 413 });
  }
  return runAction(async () => {
    const result = await signContract({
      ...deps,
      files,
      limits,
      input: { signedOn },
      file: upload.kind === "file" ? { filename: upload.name, bytes: upload.bytes } : null,
    });
    return redirectWithNotice(here(deps.contractId), result.repeated ? "repeated" : "signed");
  }, values);
}

/** The signed scan as a download: the sniffed type, always "attachment", nosniff, no caching. */
export async function downloadSignedContract(context: Context, request: Request, contractId: unknown) {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, tenantId } = competitionDeps(context);
  const { files } = filesOf(context);
  const file = await orRefusalPage(
    context,
    getOfficeSignedFile({ db, tenantId, staffRoles, contractId, files }),
    {
      type: "contract",
      id: contractId,
    },
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
