import { AppError } from "../../platform/errors/app-error";
import type { FileStorages } from "../../platform/files/file-storage";
import { fileRefusalError, inspectUpload } from "../../platform/files/inspect-upload";
import type { FileLimits } from "../../platform/files/limits";
import { discardBytes, type StoredFile, storeFile } from "../../platform/files/store-file.server";
import { formatDate, warsawDateOf } from "../../platform/format/dates";
import { requireUserId, validationError } from "../organizations/access";
import { currentVersionOf } from "./access";
import { type SignContractInput, SignContractSchema } from "./lifecycle-schemas";
import {
  type ContractLifecycleOptions,
  lockContract,
  mailOfferors,
  moveContract,
} from "./lifecycle-transition";
import { contractSignedMail } from "./mail/lifecycle-mails";
import { assertCan } from "./policy";

export interface SignContractOptions extends ContractLifecycleOptions {
  files: FileStorages;
  limits: FileLimits;
  input: SignContractInput;
  /** The signed scan or the e-signed file: a PDF within the upload limit (type sniffed). */
  file: { filename: string; bytes: Uint8Array } | null;
}

/**
 * The office records the signing (sent → signed): the day of the later signature — required, not
 * in the future, not before the contract was drawn up — and the signed scan or e-signed PDF,
 * stored through platform/files (size limit, content sniffing, PDF only). The organisation is told
 * by mail. A double click acts once: the second finds the contract signed and stores nothing.
 */
export async function signContract(
  options: SignContractOptions,
): Promise<{ status: "signed"; repeated: boolean }> {
  const userId = requireUserId(options.actor);
  let written: StoredFile | null = null;
  try {
    return await options.db.transaction(async (tx) => {
      const locked = await lockContract(tx, options, "sign");
      const { contract } = locked;
      if (contract.status === "signed") return { status: "signed" as const, repeated: true };
      // Who and when before what: a wrong status is a CONFLICT whatever the form holds.
      assertCan(locked.subject, "sign", {
        status: contract.status,
        departmentId: locked.competition.departmentId,
      });
      const version = await currentVersionOf(tx, contract.id);
      const fieldErrors = signingErrors(options, version.document.drawnUpOn);
      if (Object.keys(fieldErrors).length > 0)
        throw new AppError("VALIDATION", "error.validation", { fieldErrors });
      const signedOn = SignContractSchema.parse(options.input).signedOn;
      const file = options.file as NonNullable<SignContractOptions["file"]>;
      written = await storeFile({
        db: tx,
        storage: options.files.current,
        tenantId: options.tenantId,
        userId,
        filename: file.filename,
        bytes: file.bytes,
      });
      await moveContract(tx, options, locked, {
        action: "sign",
        to: "signed",
        set: { signedOn, signedFileId: written.id },
        auditAction: "contracts.signed",
        auditAfter: { filename: written.filename, sha256: written.sha256, size: written.size },
      });
      await mailOfferors(tx, options, locked, "contracts.signed", (locale, d) =>
        contractSignedMail(locale, { ...d, signedOn: formatDate(signedOn) }),
      );
      return { status: "signed" as const, repeated: false };
    });
  } catch (error) {
    if (written) await discardBytes(options.files.current, written);
    throw error;
  }
}

/** The date's and the file's errors together, so the form shows both at once. */
function signingErrors(options: SignContractOptions, drawnUpOn: string): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const parsed = SignContractSchema.safeParse(options.input);
  if (!parsed.success) Object.assign(errors, validationError(parsed.error.issues).fieldErrors);
  else {
    const today = warsawDateOf(options.clock.now());
    if (parsed.data.signedOn > today) errors.signedOn = ["contracts.error.signedInFuture"];
    else if (parsed.data.signedOn < drawnUpOn)
      errors.signedOn = [
        `contracts.error.signedBeforeDrawn|${JSON.stringify({ date: formatDate(drawnUpOn) })}`,
      ];
  }
  const fileError = fileErrorOf(options);
  if (fileError) errors.file = fileError;
  return errors;
}

function fileErrorOf(options: SignContractOptions): string[] | null {
  if (!options.file || (options.file.bytes.byteLength === 0 && options.file.filename === ""))
    return fileRefusalError("missing").fieldErrors.file ?? null;
  const inspection = inspectUpload(options.file.bytes, options.limits);
  if (!inspection.ok)
    return (
      fileRefusalError(inspection.reason, { size: inspection.size, max: options.limits.maxFileBytes })
        .fieldErrors.file ?? null
    );
  if (inspection.kind !== "pdf") return ["contracts.error.notPdf"];
  return null;
}
