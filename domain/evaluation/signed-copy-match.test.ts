import { describe, expect, it } from "vitest";
import { formatChecksum } from "../offers/document";
import { compareChecksums, findChecksums } from "./signed-copy-match";

const A = "0123456789abcdef".repeat(4);
const B = "fedcba9876543210".repeat(4);
const versions = [
  { id: "v1", number: 1, checksum: A },
  { id: "v2", number: 2, checksum: B },
];

describe("signed copy checksums", () => {
  it("finds printed checksums with or without spaces, once each, and ignores shorter or longer runs", () => {
    const text = `Suma kontrolna: ${formatChecksum(A)}\nstrona 2 ${A.toUpperCase()} i ${"1".repeat(63)} ${"2".repeat(65)}`;
    expect(findChecksums(text)).toEqual([A]);
  });

  it("tells the current version, an older one (named) and a foreign checksum apart", () => {
    expect(compareChecksums([B], versions, "v2")).toMatchObject({ match: "match", versionId: "v2" });
    expect(compareChecksums([A], versions, "v2")).toMatchObject({
      match: "mismatch",
      versionId: "v1",
      olderVersionNumber: 1,
    });
    expect(compareChecksums(["c".repeat(64)], versions, "v2")).toMatchObject({
      match: "mismatch",
      versionId: null,
      extractedChecksum: "c".repeat(64),
    });
    expect(compareChecksums([], versions, "v2")).toMatchObject({
      match: "not_found",
      extractedChecksum: null,
    });
  });
});
