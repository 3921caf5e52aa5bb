import { describe, expect, it } from "vitest";
import { parseSection } from "~/domain/offers/sections";
import { flatten, rowsIn, unflatten, withoutRow } from "./form-paths";

const form = (fields: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of fields) data.append(k, v);
  return data;
};

describe("unflatten", () => {
  it("nests dotted paths; numeric segments stay object keys", () => {
    const tree = unflatten(
      form([
        ["title", "Lato w mieście"],
        ["actions.0.name", "Warsztaty"],
        ["actions.0.start", "2026-06-01"],
        ["sources.grant", "1 000,00"],
        ["split.1.amount", "50"],
        ["split.1.organizationId", "b"],
        ["split.0.organizationId", "a"],
      ]),
    );
    expect(tree).toEqual({
      title: "Lato w mieście",
      actions: { "0": { name: "Warsztaty", start: "2026-06-01" } },
      sources: { grant: "1 000,00" },
      split: { "0": { organizationId: "a" }, "1": { amount: "50", organizationId: "b" } },
    });
  });

  it("drops plumbing fields: CSRF, intent, version and _-prefixed counters", () => {
    const tree = unflatten(
      form([
        ["_csrf", "x"],
        ["intent", "save"],
        ["version", "3"],
        ["_rows.actions", "2"],
        ["title", "T"],
      ]),
    );
    expect(tree).toEqual({ title: "T" });
  });

  it("drops fully blank rows and renumbers the rest in index order", () => {
    const tree = unflatten(
      form([
        ["rows.10.name", "Trener"],
        ["rows.2.name", "  "],
        ["rows.2.unitCost", ""],
        ["rows.0.name", "Sala"],
        ["rows.0.unitCost", "100"],
        ["rows.5.name", ""],
        ["rows.5.action", "1"],
      ]),
    );
    expect(tree.rows).toEqual({
      "0": { name: "Sala", unitCost: "100" },
      "1": { name: "", action: "1" },
      "2": { name: "Trener" },
    });
  });

  it("ignores prototype keys, empty segments and a path that collides with a text", () => {
    const tree = unflatten(
      form([
        ["__proto__.polluted", "yes"],
        ["a..b", "x"],
        ["title", "T"],
        ["title.x", "y"],
      ]),
    );
    expect(tree).toEqual({ title: "T" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("gives the section schema what it parses, rows in order", () => {
    const tree = unflatten(
      form([
        ["rows.1.name", "Trener"],
        ["rows.1.unitCost", "120,50"],
        ["rows.1.units", "12,5"],
        ["rows.0.name", "Sala"],
        ["rows.0.action", "1"],
        ["sources.grant", "1 000"],
      ]),
    );
    const parsed = parseSection("costs", tree);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.rows.map((r) => r.name)).toEqual(["Sala", "Trener"]);
    expect(parsed.data.rows[1]).toMatchObject({ unitCost: 12050, units: 1250, action: null });
    expect(parsed.data.sources.grant).toBe(100000);
  });
});

describe("flatten and row helpers", () => {
  it("flattens back to the form's names", () => {
    expect(flatten({ a: "1", rows: { "0": { x: "2" } } })).toEqual({ a: "1", "rows.0.x": "2" });
  });

  it("counts rows and removes one, moving the later rows up", () => {
    const values = { title: "T", "rows.0.name": "a", "rows.1.name": "b", "rows.2.name": "c", "rowsX.0": "z" };
    expect(rowsIn(values, "rows")).toBe(3);
    expect(rowsIn(values, "actions")).toBe(0);
    expect(withoutRow(values, "rows", 1)).toEqual({
      title: "T",
      "rows.0.name": "a",
      "rows.1.name": "c",
      "rowsX.0": "z",
    });
  });
});
