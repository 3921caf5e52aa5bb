import { AppError } from "../errors/app-error";
import { formatFileSize } from "./limits";
import { ALLOWED_FILE_TYPES, type FileKind, sniffContentType } from "./sniff-content-type";

/** Why an upload was refused; each has its message "files.refused.<reason>" in the catalogue. */
export type FileRefusalReason = "missing" | "empty" | "tooLarge" | "type" | "zipBomb" | "totalTooLarge";

export type UploadInspection =
  | { ok: true; kind: FileKind; contentType: string; size: number }
  | { ok: false; reason: FileRefusalReason; size: number; contentType: string | null };

/** Checks an upload's size and sniffs its type against the allow-list; never trusts name or claimed type. */
export function inspectUpload(bytes: Uint8Array, limits: { maxFileBytes: number }): UploadInspection {
  const size = bytes.byteLength;
  if (size === 0) return { ok: false, reason: "empty", size, contentType: null };
  if (size > limits.maxFileBytes) return { ok: false, reason: "tooLarge", size, contentType: null };
  const sniffed = sniffContentType(bytes);
  if (!sniffed.ok) return { ok: false, reason: sniffed.reason, size, contentType: null };
  return { ok: true, kind: sniffed.kind, contentType: sniffed.contentType, size };
}

/** The allowed types as people know them: "PDF, DOCX, ODT, XLSX, ODS, JPG, PNG". */
export const ALLOWED_TYPES_LABEL = Object.values(ALLOWED_FILE_TYPES)
  .map((t) => t.label)
  .join(", ");

/**
 * A refusal as the platform's one error: VALIDATION on the field "file", the message a catalogue
 * key with its numbers ("files.refused.tooLarge|{"size":"12,4 MB","max":"10 MB"}").
 */
export function fileRefusalError(
  reason: FileRefusalReason,
  numbers: { size?: number; max?: number; total?: number } = {},
  field = "file",
): AppError {
  const params: Record<string, string> = { types: ALLOWED_TYPES_LABEL };
  if (numbers.size !== undefined) params.size = formatFileSize(numbers.size);
  if (numbers.max !== undefined) params.max = formatFileSize(numbers.max);
  if (numbers.total !== undefined) params.total = formatFileSize(numbers.total);
  const key = reason === "tooLarge" && numbers.size === undefined ? "tooLargeNoSize" : reason;
  return new AppError("VALIDATION", "files.refused.title", {
    fieldErrors: { [field]: [`files.refused.${key}|${JSON.stringify(params)}`] },
    details: { reason },
  });
}
