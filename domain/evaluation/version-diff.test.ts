import { describe, expect, it } from "vitest";
import { completeSections } from "../offers/testing/factories";
import { fullOfferDocument } from "../offers/testing/full-offer-document";
import { diffDocuments, diffValues, flatten } from "./version-diff";

describe("version diff", () => {
  it("flattens nested objects and lists into field paths", () => {
    expect([...flatten({ a: { b: [1, { c: "x" }] }, d: null })]).toEqual([
      ["a.b.0", 1],
      ["a.b.1.c", "x"],
      ["d", null],
    ]);
  });

  it("lists changed, added and removed fields with before and after", () => {
    expect(diffValues({ a: 1, b: [1, 2], c: "x" }, { a: 2, b: [1], c: "x", d: true })).toEqual([
      { field: "a", before: 1, after: 2 },
      { field: "d", before: null, after: true },
      { field: "b.1", before: 2, after: null },
    ]);
  });

  it("gives nothing for the same document and the changed sections only for a corrected one", () => {
    const before = fullOfferDocument();
    expect(diffDocuments(before, structuredClone(before))).toEqual([]);
    const after = structuredClone(before);
    after.sections.costs.sources.financial += 100_00;
    after.sections.task.actions = after.sections.task.actions.slice(0, 1);
    const diff = diffDocuments(before, after);
    expect(diff.map((d) => d.part)).toEqual(["task", "costs"]);
    expect(diff[1]?.changes).toEqual([
      {
        field: "sources.financial",
        before: before.sections.costs.sources.financial,
        after: before.sections.costs.sources.financial + 100_00,
      },
    ]);
    const removed = diff[0]?.changes ?? [];
    expect(removed.length).toBeGreaterThan(0);
    expect(removed.every((c) => c.field.startsWith("actions.") && c.after === null)).toBe(true);
  });

  it("compares the sections the factories fill", () => {
    const a = completeSections();
    const b = completeSections();
    b.profile.experience = "Nowe doświadczenie";
    expect(diffValues(a.profile, b.profile)).toEqual([
      { field: "experience", before: a.profile.experience, after: "Nowe doświadczenie" },
    ]);
  });
});
