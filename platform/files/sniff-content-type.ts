import { looksLikeZip, readZipDirectory, storedContent, type ZipEntry } from "./zip-directory";

/**
 * The allow-list of uploads (PROCESS.md §3: the competition's required attachments — statutes,
 * KRS extracts, scans, cost sheets). The type is always read from the content, never from the
 * name or the browser's claim; anything not recognised here (executables, HTML, SVG, archives,
 * legacy .doc) is refused.
 */
export const ALLOWED_FILE_TYPES = {
  pdf: { contentType: "application/pdf", extensions: ["pdf"], label: "PDF" },
  docx: {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extensions: ["docx"],
    label: "DOCX",
  },
  odt: { contentType: "application/vnd.oasis.opendocument.text", extensions: ["odt"], label: "ODT" },
  xlsx: {
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extensions: ["xlsx"],
    label: "XLSX",
  },
  ods: { contentType: "application/vnd.oasis.opendocument.spreadsheet", extensions: ["ods"], label: "ODS" },
  jpg: { contentType: "image/jpeg", extensions: ["jpg", "jpeg"], label: "JPG" },
  png: { contentType: "image/png", extensions: ["png"], label: "PNG" },
} as const;

export type FileKind = keyof typeof ALLOWED_FILE_TYPES;

export type SniffResult =
  | { ok: true; kind: FileKind; contentType: string }
  | { ok: false; reason: "type" | "zipBomb" };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

/** The kind of an allowed file from its magic bytes (and, for zip-based documents, its entries). */
export function sniffContentType(bytes: Uint8Array): SniffResult {
  if (startsWith(bytes, PDF_SIGNATURE)) return allowed("pdf");
  if (startsWith(bytes, PNG_SIGNATURE)) return allowed("png");
  if (startsWith(bytes, JPEG_SIGNATURE)) return allowed("jpg");
  if (looksLikeZip(bytes)) {
    const zip = readZipDirectory(bytes);
    if (!zip.ok) return { ok: false, reason: zip.reason === "zipBomb" ? "zipBomb" : "type" };
    const kind = officeKind(bytes, zip.entries);
    return kind ? allowed(kind) : { ok: false, reason: "type" };
  }
  return { ok: false, reason: "type" };
}

/**
 * What a refused file looks like, for the audit log only ("executable/elf", "text/html", "zip"…):
 * enough for an administrator to tell a wrong export from someone probing with an executable.
 */
export function describeContent(bytes: Uint8Array): string {
  const sniffed = sniffContentType(bytes);
  if (sniffed.ok) return sniffed.contentType;
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return "executable/elf";
  if (startsWith(bytes, [0x4d, 0x5a])) return "executable/pe";
  if (startsWith(bytes, [0xcf, 0xfa, 0xed, 0xfe]) || startsWith(bytes, [0xfe, 0xed, 0xfa, 0xcf]))
    return "executable/mach-o";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return "ole2 (doc/xls/msi)";
  if (looksLikeZip(bytes)) return "zip";
  const head = new TextDecoder("utf-8", { fatal: false })
    .decode(bytes.subarray(0, 512))
    .trimStart()
    .toLowerCase();
  if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg"))) return "image/svg+xml";
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.includes("<script"))
    return "text/html";
  if (head.startsWith("#!")) return "text/x-script";
  return bytes.length === 0 ? "empty" : "unknown";
}

/** The kind a content type names, for a stored row; null for anything outside the allow-list. */
export function kindOfContentType(contentType: string): FileKind | null {
  const found = Object.entries(ALLOWED_FILE_TYPES).find(([, t]) => t.contentType === contentType);
  return found ? (found[0] as FileKind) : null;
}

const ODF_MIMETYPES: Record<string, FileKind> = {
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
};

/**
 * OOXML: a [Content_Types].xml with word/ (DOCX) or xl/ (XLSX) parts, never both. ODF: the first
 * entry is "mimetype", stored uncompressed, holding the document's type (ODF 1.2 part 3 §3.3).
 */
function officeKind(bytes: Uint8Array, entries: ZipEntry[]): FileKind | null {
  const first = entries.find((e) => e.localHeaderOffset === 0);
  if (first?.name === "mimetype") {
    const content = storedContent(bytes, first, 100);
    if (!content) return null;
    return ODF_MIMETYPES[new TextDecoder().decode(content)] ?? null;
  }
  if (!entries.some((e) => e.name === "[Content_Types].xml")) return null;
  const word = entries.some((e) => e.name.startsWith("word/"));
  const excel = entries.some((e) => e.name.startsWith("xl/"));
  if (word && !excel) return "docx";
  if (excel && !word) return "xlsx";
  return null;
}

function allowed(kind: FileKind): SniffResult {
  return { ok: true, kind, contentType: ALLOWED_FILE_TYPES[kind].contentType };
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}
