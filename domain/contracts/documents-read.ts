import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../platform/db/client.server";
import { contractVersions } from "../../platform/db/schema/contracts";
import { offerVersions } from "../../platform/db/schema/offers";
import { tenants } from "../../platform/db/schema/tenancy";
import { AppError } from "../../platform/errors/app-error";
import { findMemberContract, findOfficeContract, type StaffRoles } from "./access";
import { readContractContent } from "./content";
import type { ContractDocumentInput } from "./contract-blocks";
import { renderContractDocx } from "./contract-docx.server";
import { renderContractPdf } from "./contract-pdf.server";

/*
 * A contract's version as a file (PDF or DOCX): the office per the policy ("office.view": an
 * officer only in the competition's department), the organisation's members once the contract
 * was sent ("view", findMemberContract: a draft does not exist for them).
 */

export type ContractFileFormat = "pdf" | "docx";

export type ContractViewer = { kind: "office"; staffRoles: StaffRoles } | { kind: "member"; userId: string };

export interface ContractFile {
  bytes: Buffer;
  filename: string;
  contentType: string;
}

const CONTENT_TYPES: Record<ContractFileFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** "umowa-WE.526.3.2026-v1.pdf": the number kept, anything unsafe in a file name replaced. */
export function contractFilename(number: string, version: number, format: ContractFileFormat): string {
  const safe = number.replace(/[^A-Za-z0-9._-]+/g, "-");
  return `umowa-${safe}-v${version}.${format}`;
}

export async function readContractFile(
  db: DbOrTx,
  options: {
    tenantId: string;
    contractId: unknown;
    versionNumber: unknown;
    format: ContractFileFormat;
    viewer: ContractViewer;
  },
): Promise<ContractFile> {
  const { contract } =
    options.viewer.kind === "office"
      ? await findOfficeContract(db, {
          ...options,
          staffRoles: options.viewer.staffRoles,
          action: "office.view",
        })
      : await findMemberContract(db, { ...options, userId: options.viewer.userId, action: "view" });
  const number = typeof options.versionNumber === "string" ? Number(options.versionNumber) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < 1) throw new AppError("NOT_FOUND", "error.notFound");
  const [version] = await db
    .select()
    .from(contractVersions)
    .where(and(eq(contractVersions.contractId, contract.id), eq(contractVersions.number, number)))
    .limit(1);
  if (!version) throw new AppError("NOT_FOUND", "error.notFound");
  const [offerVersion] = await db
    .select({ receiptNumber: offerVersions.receiptNumber, checksum: offerVersions.checksum })
    .from(offerVersions)
    .where(eq(offerVersions.id, contract.offerVersionId))
    .limit(1);
  const [tenant] = await db
    .select({ name: tenants.name })
    .from(tenants)
    .where(eq(tenants.id, options.tenantId));
  const input: ContractDocumentInput & { issuer: string } = {
    content: readContractContent(version.content),
    versionNumber: version.number,
    annexNumber: version.annexNumber,
    offerVersion: offerVersion ?? { receiptNumber: "", checksum: "" },
    issuer: tenant?.name ?? "",
  };
  const bytes = options.format === "pdf" ? await renderContractPdf(input) : await renderContractDocx(input);
  return {
    bytes,
    filename: contractFilename(contract.number, version.number, options.format),
    contentType: CONTENT_TYPES[options.format],
  };
}
