import { createHash } from "node:crypto";
import { canonicalJson } from "../offers/document";

/** SHA-256 of a document's canonical JSON, 64 hex digits: contracts' and reports' versions. */
export function contentChecksum(content: unknown): string {
  return createHash("sha256").update(canonicalJson(content), "utf8").digest("hex");
}
