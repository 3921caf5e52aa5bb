import { describe, expect, it } from "vitest";
import { translator } from "./catalog";
import { formatCount, plural, pluralForm } from "./plural";

describe("plural forms", () => {
  it("follows the Polish rules", () => {
    const forms = (ns: number[]) => ns.map((n) => pluralForm("pl", n));
    expect(forms([1])).toEqual(["one"]);
    expect(forms([2, 3, 4, 22, 23, 24, 102, 1004])).toEqual(Array(8).fill("few"));
    expect(forms([0, 5, 11, 12, 13, 14, 15, 21, 25, 111, 112, 1000])).toEqual(Array(12).fill("many"));
  });

  it("has two forms in English", () => {
    expect([0, 1, 2, 5, 22].map((n) => pluralForm("en", n))).toEqual(["many", "one", "many", "many", "many"]);
  });

  it("translates the form of the count", () => {
    const pl = translator("pl");
    expect(plural(pl, "pl", "portal.search.found", 1)).toBe("Znaleziono 1 organizację");
    expect(plural(pl, "pl", "portal.search.found", 3)).toBe("Znaleziono 3 organizacje");
    expect(plural(pl, "pl", "portal.search.found", 12)).toBe("Znaleziono 12 organizacji");
    expect(plural(pl, "pl", "portal.search.found", 1043)).toBe("Znaleziono 1\u00a0043 organizacje");
    expect(plural(pl, "pl", "portal.search.found", 1045)).toBe("Znaleziono 1\u00a0045 organizacji");
    expect(plural(pl, "pl", "portal.organizations", 1)).toBe("1 organizacja");
    expect(plural(pl, "pl", "portal.organizations", 24)).toBe("24 organizacje");
    expect(plural(pl, "pl", "portal.organizations", 25)).toBe("25 organizacji");
    expect(plural(translator("en"), "en", "portal.search.found", 1)).toBe("1 organisation found");
    expect(formatCount(111000)).toBe("111\u00a0000");
  });
});
