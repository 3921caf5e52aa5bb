import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nestFormFields } from "./form-tree";

describe("nestFormFields", () => {
  it("nests by path, keeps index keys and leaves out skipped and non-text fields", () => {
    const tree = nestFormFields(
      [
        ["title", "Opieka wytchnieniowa"],
        ["rows.1.unitCost", "12,50"],
        ["rows.0.name", "Koordynacja"],
        ["sources.grant", "5000"],
        ["_csrf", "token"],
        ["file", new Blob(["x"])],
      ],
      (name) => name.startsWith("_"),
    );
    expect(tree).toEqual({
      title: "Opieka wytchnieniowa",
      rows: { "0": { name: "Koordynacja" }, "1": { unitCost: "12,50" } },
      sources: { grant: "5000" },
    });
  });

  it("drops names that would reach a prototype, empty segments and paths through a text; a text never replaces an object", () => {
    const tree = nestFormFields([
      ["__proto__.polluted", "1"],
      ["constructor.prototype.polluted", "1"],
      ["a..b", "1"],
      ["title", "tekst"],
      ["title.inner", "2"],
      ["rows.0.name", "wiersz"],
      ["rows", "nadpisanie"],
      ["rows.0", "nadpisanie"],
    ]);
    expect(tree).toEqual({ title: "tekst", rows: { "0": { name: "wiersz" } } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("never throws and never touches Object.prototype, whatever the names", () => {
    const segment = fc.oneof(
      fc.constantFrom("__proto__", "constructor", "prototype", "0", "1", "rows", "", "toString"),
      fc.string({ maxLength: 6 }),
    );
    const name = fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => s.join("."));
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.string({ maxLength: 5 })), { maxLength: 20 }), (fields) => {
        const tree = nestFormFields(fields);
        expect(Object.getPrototypeOf(tree)).toBe(Object.prototype);
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
    );
  });
});
