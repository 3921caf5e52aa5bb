import { describe, expect, it } from "vitest";
import { firstUrlencodedField } from "./root-middleware.server";

describe("firstUrlencodedField (the CSRF token without parsing the whole form)", () => {
  it("gives what URLSearchParams gives for the first occurrence", () => {
    const bodies = [
      "_csrf=abc&rows.0.name=x",
      "a=1&_csrf=t%2Bk+n&_csrf=second",
      "a=1&b=2",
      "_csrf&a=1",
      "_csrf=&a=1",
      "%5Fcsrf=encoded-key&_csrf=plain",
      "_csrf=bad%zzescape",
      "&&_csrf=x&&",
      "",
      "a=1&_csrf2=no&x_csrf=no",
    ];
    for (const body of bodies)
      expect(firstUrlencodedField(body, "_csrf"), body).toBe(new URLSearchParams(body).get("_csrf"));
  });

  it("stays linear on a body of separators", () => {
    const body = `${"&".repeat(2_000_000)}_csrf=ok`;
    const started = performance.now();
    expect(firstUrlencodedField(body, "_csrf")).toBe("ok");
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
