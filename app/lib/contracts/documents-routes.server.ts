import type { RouterContextProvider } from "react-router";
import { type ContractFileFormat, readContractFile } from "~/domain/contracts/documents-read";
import { attachmentDisposition } from "~/platform/files/content-disposition";
import { competitionDeps, requireCompetitionOffice } from "../competitions/competitions-route.server";
import { servicesContext, tenantContext } from "../contexts";
import { requireUser } from "../guards.server";
import { orRefusalPage } from "../http.server";

/*
 * Route plumbing of a contract version's files: /urzad/umowy/:id/wersje/:numer.{pdf,docx} for the
 * office per the contract's policy, /panel/umowy/:id/wersje/:numer.{pdf,docx} for the members of
 * the offerors once the contract was sent. The PDF opens in the browser, the DOCX downloads.
 */

type Context = Readonly<RouterContextProvider>;
interface Params {
  id?: string;
  numer?: string;
}

function fileResponse(
  file: { bytes: Buffer; filename: string; contentType: string },
  format: ContractFileFormat,
) {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition":
        format === "pdf" ? `inline; filename="${file.filename}"` : attachmentDisposition(file.filename),
      "Cache-Control": "private, no-store",
    },
  });
}

export async function officeContractFile(
  context: Context,
  request: Request,
  params: Params,
  format: ContractFileFormat,
) {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, tenantId } = competitionDeps(context);
  const file = await orRefusalPage(
    context,
    readContractFile(db, {
      tenantId,
      contractId: params.id,
      versionNumber: params.numer,
      format,
      viewer: { kind: "office", staffRoles },
    }),
    { type: "contract", id: params.id },
  );
  return fileResponse(file, format);
}

export async function memberContractFile(
  context: Context,
  request: Request,
  params: Params,
  format: ContractFileFormat,
) {
  const { user } = requireUser(context, request);
  const { db } = context.get(servicesContext);
  const file = await orRefusalPage(
    context,
    readContractFile(db, {
      tenantId: context.get(tenantContext).id,
      contractId: params.id,
      versionNumber: params.numer,
      format,
      viewer: { kind: "member", userId: user.id },
    }),
    { type: "contract", id: params.id },
  );
  return fileResponse(file, format);
}
