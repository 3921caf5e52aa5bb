import { ZIP_LIMITS } from "./limits";

/*
 * Just enough of the ZIP format (APPNOTE 6.3.10 §4.3) to tell office documents apart and to refuse
 * zip bombs without inflating anything: the end-of-central-directory record, the central
 * directory's entries (names, methods, declared sizes) and the first entry's local header.
 */

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipReading = { ok: true; entries: ZipEntry[] } | { ok: false; reason: "malformed" | "zipBomb" };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

/** Whether the bytes start like a zip archive (a local file header). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 30 && view(bytes).getUint32(0, true) === LOCAL_SIGNATURE;
}

/**
 * Reads the central directory. Refuses (zipBomb) more than ZIP_LIMITS.maxEntries entries, a
 * declared uncompressed total over ZIP_LIMITS.maxTotalUncompressedBytes or over maxRatio times
 * the archive's size; refuses (malformed) ZIP64 and anything that points outside the bytes.
 */
export function readZipDirectory(bytes: Uint8Array): ZipReading {
  const data = view(bytes);
  const eocd = findEndOfCentralDirectory(data);
  if (eocd < 0) return { ok: false, reason: "malformed" };
  const entryCount = data.getUint16(eocd + 10, true);
  const directorySize = data.getUint32(eocd + 12, true);
  const directoryOffset = data.getUint32(eocd + 16, true);
  // 0xFFFF / 0xFFFFFFFF mean "see the ZIP64 record": no office document under our size limit needs it.
  if (entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff)
    return { ok: false, reason: "malformed" };
  if (entryCount > ZIP_LIMITS.maxEntries) return { ok: false, reason: "zipBomb" };
  if (directoryOffset + directorySize > eocd) return { ok: false, reason: "malformed" };

  const entries: ZipEntry[] = [];
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < entryCount; i++) {
    if (at + 46 > eocd || data.getUint32(at, true) !== CENTRAL_SIGNATURE)
      return { ok: false, reason: "malformed" };
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const entry: ZipEntry = {
      method: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      uncompressedSize: data.getUint32(at + 24, true),
      localHeaderOffset: data.getUint32(at + 42, true),
      name: "",
    };
    if (at + 46 + nameLength > eocd) return { ok: false, reason: "malformed" };
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff)
      return { ok: false, reason: "malformed" };
    if (entry.localHeaderOffset + 30 > directoryOffset) return { ok: false, reason: "malformed" };
    entry.name = new TextDecoder("utf-8", { fatal: false }).decode(
      bytes.subarray(at + 46, at + 46 + nameLength),
    );
    total += entry.uncompressedSize;
    if (total > ZIP_LIMITS.maxTotalUncompressedBytes || total > ZIP_LIMITS.maxRatio * bytes.length)
      return { ok: false, reason: "zipBomb" };
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/**
 * The stored (method 0) content of an entry, read through its local header; null when it is
 * compressed or points outside the bytes. Used for ODF's "mimetype", which the format stores first.
 */
export function storedContent(bytes: Uint8Array, entry: ZipEntry, maxLength: number): Uint8Array | null {
  if (entry.method !== 0 || entry.compressedSize > maxLength) return null;
  const data = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || data.getUint32(at, true) !== LOCAL_SIGNATURE) return null;
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return null;
  return bytes.subarray(start, end);
}

/** The end-of-central-directory record, searched backwards over the longest possible comment. */
function findEndOfCentralDirectory(data: DataView): number {
  const lowest = Math.max(0, data.byteLength - EOCD_MIN - MAX_COMMENT);
  for (let at = data.byteLength - EOCD_MIN; at >= lowest; at--) {
    if (data.getUint32(at, true) !== EOCD_SIGNATURE) continue;
    // The comment must end exactly at the end of the bytes, or this is a signature inside data.
    if (at + EOCD_MIN + data.getUint16(at + 20, true) === data.byteLength) return at;
  }
  return -1;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
