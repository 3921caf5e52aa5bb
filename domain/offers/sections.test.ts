import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMoney } from "../../platform/format/money";
import { emptySections, parseSection, SECTION_KEYS } from "./sections";
import { completeSections } from "./testing/factories";

/* The section schemas read what the form sends and what the database stores, and both give the same value. */

const unitsText = (hundredths: number) =>
  `${Math.floor(hundredths / 100)}${hundredths % 100 ? `,${String(hundredths % 100).padStart(2, "0")}` : ""}`;

describe("section schemas", () => {
  it("read Polish money and units as typed, and the stored value again as the same value", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        (unitCost, units) => {
          const typed = parseSection("costs", {
            rows: {
              "0": {
                name: "Sala",
                unitCost: formatMoney(unitCost).replace(/\s*zł$/, ""),
                units: unitsText(units),
              },
            },
          });
          expect(typed.success).toBe(true);
          const row = typed.data?.rows[0];
          expect(row).toMatchObject({ unitCost, units });
          const stored = parseSection("costs", JSON.parse(JSON.stringify(typed.data)));
          expect(stored.data).toEqual(typed.data);
        },
      ),
    );
  });

  it("give every section the same value when the stored content is parsed again", () => {
    const sections = completeSections({
      offerorIds: ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"],
    });
    for (const key of SECTION_KEYS) {
      const once = parseSection(key, sections[key]);
      expect(once.success).toBe(true);
      expect(parseSection(key, JSON.parse(JSON.stringify(once.data))).data).toEqual(once.data);
    }
    expect(emptySections()).toEqual(
      Object.fromEntries(SECTION_KEYS.map((k) => [k, parseSection(k, {}).data])),
    );
  });

  it("refuse negative or oversized units and money", () => {
    for (const units of [-1, 100_000_001, 1.5, "1,234", "abc"])
      expect(parseSection("costs", { rows: [{ units }] }).success).toBe(false);
    expect(parseSection("costs", { rows: [{ unitCost: 10_000_000_001 }] }).success).toBe(false);
  });
});
