import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./content-disposition";

describe("attachmentDisposition", () => {
  it("gives an ASCII name and the exact UTF-8 one", () => {
    expect(attachmentDisposition("Wyciąg z KRS – Łódź.pdf")).toBe(
      `attachment; filename="Wyciag z KRS _ Lodz.pdf"; filename*=UTF-8''Wyci%C4%85g%20z%20KRS%20%E2%80%93%20%C5%81%C3%B3d%C5%BA.pdf`,
    );
  });

  it("keeps quotes, backslashes and brackets from breaking the header", () => {
    const header = attachmentDisposition("a\"b\\c(1)*'.pdf");
    expect(header).toBe(`attachment; filename="a_b_c(1)*'.pdf"; filename*=UTF-8''a%22b%5Cc%281%29%2A%27.pdf`);
    expect(header).not.toMatch(/[\r\n]/);
  });
});
