import { eq } from "drizzle-orm";
import type { Db } from "../../platform/db/client.server";
import { storedFiles } from "../../platform/db/schema/files";
import { AppError } from "../../platform/errors/app-error";
import type { FileStorages } from "../../platform/files/file-storage";
import { readStoredFile } from "../../platform/files/store-file.server";
import { findOfficeContract, type StaffRoles } from "./access";
import { readContractHistory, readContractPage } from "./contract-page-parts";
import { type ContractAction, can } from "./policy";

/** The actions the office's page offers as forms, in the order they are shown. */
export const OFFICE_CONTRACT_ACTIONS = [
  "send",
  "recall",
  "sign",
  "start",
  "recordPayment",
  "terminate",
] as const satisfies readonly ContractAction[];
export type OfficeContractAction = (typeof OFFICE_CONTRACT_ACTIONS)[number];

/**
 * A contract for the office (any status): the terms of its current version, the instalment ledger,
 * the versions, reports, change requests, the history from the audit log and the actions allowed
 * now. FORBIDDEN for an officer of another department.
 */
export async function getOfficeContract(options: {
  db: Db;
  tenantId: string;
  staffRoles: StaffRoles;
  contractId: unknown;
}) {
  const { contract, competition, subject } = await findOfficeContract(options.db, {
    ...options,
    action: "office.view",
  });
  const page = await readContractPage(options.db, contract, competition);
  const facts = { status: contract.status, departmentId: competition.departmentId };
  const allowed = Object.fromEntries(
    OFFICE_CONTRACT_ACTIONS.map((a) => [a, can(subject, a, facts)]),
  ) as Record<OfficeContractAction, boolean>;
  return {
    ...page,
    allowed,
    history: await readContractHistory(options.db, options.tenantId, contract.id),
  };
}

/** The signed scan (or e-signed file) of a contract for the office, with its stored name and type. */
export async function getOfficeSignedFile(options: {
  db: Db;
  tenantId: string;
  staffRoles: StaffRoles;
  contractId: unknown;
  files: FileStorages;
}) {
  const { contract } = await findOfficeContract(options.db, { ...options, action: "office.view" });
  if (!contract.signedFileId) throw new AppError("NOT_FOUND", "error.notFound");
  const [file] = await options.db.select().from(storedFiles).where(eq(storedFiles.id, contract.signedFileId));
  const bytes = file ? await readStoredFile(options.db, options.files, file) : null;
  if (!file || !bytes) throw new AppError("NOT_FOUND", "error.notFound");
  return { filename: file.filename, contentType: file.contentType, bytes };
}
