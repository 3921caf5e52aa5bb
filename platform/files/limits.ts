/** Limits of uploads; the defaults hold unless the environment sets FILES_MAX_FILE_MB / FILES_MAX_OFFER_MB. */

export const MIB = 1024 * 1024;

export interface FileLimits {
  /** Largest single file, bytes. */
  maxFileBytes: number;
  /** Largest total of one offer's attachments, bytes. */
  maxOfferBytes: number;
}

export const DEFAULT_FILE_LIMITS: FileLimits = { maxFileBytes: 10 * MIB, maxOfferBytes: 50 * MIB };

/**
 * What a zip-based document (DOCX, XLSX, ODT, ODS) may declare before it is refused as a zip
 * bomb: its entries' uncompressed sizes are read from the central directory, never inflated.
 */
export const ZIP_LIMITS = {
  maxEntries: 1000,
  maxTotalUncompressedBytes: 100 * MIB,
  /** Declared uncompressed total against the archive's own size; office documents stay near 10:1. */
  maxRatio: 100,
} as const;

/** A size as people read it: "512 B", "48,3 kB", "1,2 MB" (binary units, one decimal, Polish comma by default). */
export function formatFileSize(bytes: number, locale: "pl" | "en" = "pl"): string {
  const number = (n: number) =>
    new Intl.NumberFormat(locale === "pl" ? "pl-PL" : "en-GB", { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < MIB) return `${number(bytes / 1024)} kB`;
  return `${number(bytes / MIB)} MB`;
}
