import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { offerChecksum } from "./checksum.server";
import { buildOfferDocument, canonicalJson, formatChecksum, type OfferDocument } from "./document";
import { completeSections } from "./testing/factories";

function documentOf(sections = completeSections()): OfferDocument {
  return buildOfferDocument({
    offerId: "00000000-0000-4000-8000-000000000001",
    basics: {
      authority: "Gmina Miasto Częstochowa",
      taskType: "pomoc społeczna",
      competitionId: "00000000-0000-4000-8000-000000000002",
      competitionTitle: "Opieka wytchnieniowa",
      legalBasis: "wspieranie",
    },
    offerors: [],
    sections,
    attachments: [],
  });
}

describe("offer document checksum", () => {
  it("is the same for the same content whatever the order of keys (as jsonb stores it)", () => {
    const doc = documentOf();
    const reordered = JSON.parse(canonicalJson(doc)) as OfferDocument;
    const reversed = Object.fromEntries(Object.entries(reordered).reverse()) as unknown as OfferDocument;
    expect(offerChecksum(reversed)).toBe(offerChecksum(doc));
    expect(offerChecksum(doc)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes when any amount changes by one grosz", () => {
    const base = completeSections();
    const checksum = offerChecksum(documentOf(base));
    fc.assert(
      fc.property(
        fc.constantFrom("grant", "financial", "fees", "personal", "inKind" as const),
        fc.boolean(),
        (key, up) => {
          const value = base.costs.sources[key];
          const next = value === 0 || up ? value + 1 : value - 1;
          const changed = {
            ...base,
            costs: { ...base.costs, sources: { ...base.costs.sources, [key]: next } },
          };
          expect(offerChecksum(documentOf(changed))).not.toBe(checksum);
        },
      ),
    );
  });

  it("prints in groups of eight upper-case digits", () => {
    expect(formatChecksum("ab".repeat(32))).toBe(Array(8).fill("ABABABAB").join(" "));
  });
});
