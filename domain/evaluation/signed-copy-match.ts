/*
 * Reading the checksum off a signed copy (pure): the offer PDF prints "Suma kontrolna: 3F2A0C1B
 * 9D…" (eight groups of eight hex digits, domain/offers/document.ts formatChecksum). Every such
 * 64-digit run in the text counts, with or without spaces between the groups.
 */

export type SignedCopyMatch = "match" | "mismatch" | "not_found";

const CHECKSUM = /(?<![0-9a-f])[0-9a-f]{8}(?:[ \t\u00a0\r\n]*[0-9a-f]{8}){7}(?![0-9a-f])/gi;

/** Every distinct SHA-256 checksum printed in the text, lower case, in order of appearance. */
export function findChecksums(text: string): string[] {
  const found = [...text.matchAll(CHECKSUM)].map((m) => m[0].replace(/[^0-9a-f]/gi, "").toLowerCase());
  return [...new Set(found)];
}

export interface VersionChecksum {
  id: string;
  number: number;
  checksum: string;
}

export interface ChecksumComparison {
  match: SignedCopyMatch;
  /** The checksum read from the file (the matching one, or the first found), null when none. */
  extractedChecksum: string | null;
  /** The version whose checksum the file carries (the current one, or an older one), null when none. */
  versionId: string | null;
  /** The number of that version when it is not the current one (the copy is of an older version). */
  olderVersionNumber: number | null;
}

/**
 * Compares the checksums found with the offer's versions: `match` when the current version's is
 * among them; `mismatch` when an older version's (named) or another checksum is; `not_found` when
 * the text holds none (a scan: the officer compares by eye, nothing is guessed).
 */
export function compareChecksums(
  found: readonly string[],
  versions: readonly VersionChecksum[],
  currentVersionId: string,
): ChecksumComparison {
  const current = versions.find((v) => v.id === currentVersionId);
  if (current && found.includes(current.checksum))
    return {
      match: "match",
      extractedChecksum: current.checksum,
      versionId: current.id,
      olderVersionNumber: null,
    };
  const older = versions
    .filter((v) => v.id !== currentVersionId && found.includes(v.checksum))
    .sort((a, b) => b.number - a.number)[0];
  if (older)
    return {
      match: "mismatch",
      extractedChecksum: older.checksum,
      versionId: older.id,
      olderVersionNumber: older.number,
    };
  const first = found[0];
  if (first)
    return { match: "mismatch", extractedChecksum: first, versionId: null, olderVersionNumber: null };
  return { match: "not_found", extractedChecksum: null, versionId: null, olderVersionNumber: null };
}
