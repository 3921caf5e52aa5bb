import { describe, expect, it } from "vitest";
import { formatPercent, percentInput } from "./percent";

describe("percent", () => {
  it("shows basis points as Polish text with a no-break space, two decimals when fixed", () => {
    expect(formatPercent(1250)).toBe("12,5\u00a0%");
    expect(formatPercent(2000)).toBe("20\u00a0%");
    expect(formatPercent(1250, true)).toBe("12,50\u00a0%");
    expect(formatPercent(850, true)).toBe("8,50\u00a0%");
    expect(formatPercent(-1234, true)).toBe("-12,34\u00a0%");
    expect(formatPercent(1, true)).toBe("0,01\u00a0%");
    expect(formatPercent(null)).toBe("—");
    expect(formatPercent(undefined, true)).toBe("—");
  });

  it("fills a form's field without the sign", () => {
    expect(percentInput(1250)).toBe("12,5");
    expect(percentInput(2000)).toBe("20");
    expect(percentInput(null)).toBe("");
  });
});
