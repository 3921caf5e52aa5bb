import { describe, expect, it } from "vitest";
import { emptySections, parseSection } from "~/domain/offers/sections";
import { unflatten } from "./form-paths";
import {
  lenientSection,
  moneyInput,
  moneyOrBlank,
  pathPattern,
  sectionToValues,
  unitsInput,
} from "./section-values";

describe("form values of an offer section", () => {
  it("formats money without zł and units in hundredths the Polish way", () => {
    expect(moneyInput(123456)).toBe("1\u00a0234,56");
    expect(moneyInput(0)).toBe("0,00");
    expect(moneyInput(null)).toBe("");
    expect(moneyOrBlank(0)).toBe("");
    expect(moneyOrBlank(5000)).toBe("50,00");
    expect(unitsInput(1250)).toBe("12,5");
    expect(unitsInput(1200)).toBe("12");
    expect(unitsInput(1205)).toBe("12,05");
    expect(unitsInput(5)).toBe("0,05");
    expect(unitsInput(null)).toBe("");
  });

  it("names row fields by pattern", () => {
    expect(pathPattern("rows.12.unitCost")).toBe("rows.n.unitCost");
    expect(pathPattern("sources.grant")).toBe("sources.grant");
  });

  it("turns stored content into the values a post would carry, and they parse back to it", () => {
    const costs = {
      ...emptySections().costs,
      rows: [
        { action: 1, name: "Sala", unit: "godz.", unitCost: 123456, units: 1250, year: 2026 },
        { action: null, name: "Księgowość", unit: "mies.", unitCost: null, units: null, year: null },
      ],
      sources: { grant: 100000, financial: 0, fees: 0, personal: 2550, inKind: 0 },
      split: [{ organizationId: "0b7c6c47-3c3f-4d7a-9a49-4a1c2c3d4e5f", amount: 0 }],
    };
    const values = sectionToValues("costs", costs);
    expect(values).toMatchObject({
      "rows.0.action": "1",
      "rows.0.unitCost": "1\u00a0234,56",
      "rows.0.units": "12,5",
      "rows.0.year": "2026",
      "rows.1.action": "",
      "rows.1.unitCost": "",
      "sources.grant": "1\u00a0000,00",
      "sources.financial": "",
      "sources.personal": "25,50",
      "split.0.amount": "",
    });
    const parsed = parseSection("costs", unflatten(Object.entries(values)));
    expect(parsed.success && parsed.data).toEqual(costs);
  });

  it("writes ticked checkboxes as 'on' and leaves unticked ones out", () => {
    const values = sectionToValues("declarations", { ...emptySections().declarations, truthful: true });
    expect(values).toEqual({ truthful: "on" });
  });

  it("reads a half-typed form leniently: a bad cell counts as empty, the rest still sums", () => {
    const costs = lenientSection("costs", {
      "rows.0.name": "Sala",
      "rows.0.unitCost": "12,3,4",
      "rows.0.units": "2",
      "rows.1.name": "Trener",
      "rows.1.unitCost": "100",
      "rows.1.units": "3",
      "rows.1.action": "abc",
      "sources.grant": "dużo",
      "sources.financial": "10",
      "split.0.amount": "5",
    });
    expect(costs.rows).toHaveLength(2);
    expect(costs.rows[0]).toMatchObject({ unitCost: null, units: 200 });
    expect(costs.rows[1]).toMatchObject({ unitCost: 10000, units: 300, action: null });
    expect(costs.sources).toMatchObject({ grant: 0, financial: 1000 });
    expect(costs.split).toEqual([]);
  });
});
