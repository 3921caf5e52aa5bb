import { createHash } from "node:crypto";
import { canonicalJson, type OfferDocument } from "./document";

/** The checksum (suma kontrolna) of a document: SHA-256 of its canonical JSON, 64 hex digits. */
export function offerChecksum(document: OfferDocument): string {
  return createHash("sha256").update(canonicalJson(document), "utf8").digest("hex");
}
