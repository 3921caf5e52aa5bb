import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatIban,
  formatNip,
  formatRegon,
  IbanSchema,
  isValidIban,
  isValidNip,
  isValidRegon,
  KrsSchema,
  makeKrs,
  makeNip,
  makePlIban,
  makeRegon9,
  makeRegon14,
  NipSchema,
  nipCheckDigit,
  normalizeKrs,
  PostalCodeSchema,
  RegonSchema,
} from "./identifiers";

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.success ? [] : (result.error?.issues.map((i) => i.message) ?? []);
}

describe("NIP", () => {
  it("accepts a valid NIP typed with dashes, spaces or the PL prefix", () => {
    expect(isValidNip("1234563218")).toBe(true);
    expect(NipSchema.parse("123-456-32-18")).toBe("1234563218");
    expect(NipSchema.parse(" PL 123 456 32 18 ")).toBe("1234563218");
  });
  it("refuses a wrong check digit and a wrong length with different messages", () => {
    expect(messages(NipSchema.safeParse("1234563217"))).toEqual(["org.error.nipChecksum"]);
    expect(messages(NipSchema.safeParse("123456321"))).toEqual(["org.error.nipFormat"]);
    expect(messages(NipSchema.safeParse("12345632AB"))).toEqual(["org.error.nipFormat"]);
  });
  it("never accepts a NIP whose remainder is 10", () => {
    let first9 = 100000000;
    while (nipCheckDigit(String(first9)) !== null) first9++;
    for (let last = 0; last <= 9; last++) expect(isValidNip(`${first9}${last}`)).toBe(false);
  });
  it("detects every single-digit error of a valid NIP", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 30 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (seed, pos, delta) => {
          const nip = makeNip(seed);
          expect(isValidNip(nip)).toBe(true);
          const changed = nip.slice(0, pos) + String((Number(nip[pos]) + delta) % 10) + nip.slice(pos + 1);
          expect(isValidNip(changed)).toBe(false);
        },
      ),
    );
  });
  it("formats grouped for display", () => {
    expect(formatNip("1234563218")).toBe("123-456-32-18");
  });
});

describe("REGON", () => {
  it("accepts valid 9- and 14-digit numbers", () => {
    expect(isValidRegon("123456785")).toBe(true);
    expect(isValidRegon("12345678512347")).toBe(true);
    expect(RegonSchema.parse("123 456 785")).toBe("123456785");
  });
  it("counts a remainder of 10 as check digit 0", () => {
    let n = 10000000;
    const sum = (s: string) => [8, 9, 2, 3, 4, 5, 6, 7].reduce((a, w, i) => a + w * Number(s[i]), 0);
    while (sum(String(n)) % 11 !== 10) n++;
    expect(isValidRegon(`${n}0`)).toBe(true);
  });
  it("refuses a 14-digit REGON whose first 9 digits are not a valid REGON", () => {
    // 123456784 is not a valid REGON-9; the 14-digit check digit is computed to be right.
    const first13 = "1234567841234";
    const w = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];
    const check = (w.reduce((a, x, i) => a + x * Number(first13[i]), 0) % 11) % 10;
    expect(isValidRegon(`${first13}${check}`)).toBe(false);
    expect(messages(RegonSchema.safeParse(`${first13}${check}`))).toEqual(["org.error.regonChecksum"]);
  });
  it("refuses other lengths and wrong check digits", () => {
    expect(messages(RegonSchema.safeParse("1234567"))).toEqual(["org.error.regonFormat"]);
    expect(messages(RegonSchema.safeParse("123456786"))).toEqual(["org.error.regonChecksum"]);
  });
  it("builds valid numbers from any seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 30 }), fc.integer({ min: 0, max: 9999 }), (seed, unit) => {
        expect(isValidRegon(makeRegon9(seed))).toBe(true);
        expect(isValidRegon(makeRegon14(seed, unit))).toBe(true);
      }),
    );
  });
  it("formats grouped", () => {
    expect(formatRegon("123456785")).toBe("123 456 785");
    expect(formatRegon("12345678512347")).toBe("123 456 785 12347");
  });
});

describe("IBAN", () => {
  it("accepts a valid Polish IBAN with or without PL, in any case and spacing", () => {
    expect(isValidIban("PL61109010140000071219812874")).toBe(true);
    expect(IbanSchema.parse("pl61 1090 1014 0000 0712 1981 2874")).toBe("PL61109010140000071219812874");
    expect(IbanSchema.parse("61 1090 1014 0000 0712 1981 2874")).toBe("PL61109010140000071219812874");
  });
  it("refuses a wrong checksum, a foreign IBAN and a wrong length", () => {
    expect(messages(IbanSchema.safeParse("PL62109010140000071219812874"))).toEqual([
      "org.error.ibanChecksum",
    ]);
    expect(messages(IbanSchema.safeParse("DE89370400440532013000"))).toEqual(["org.error.ibanFormat"]);
    expect(messages(IbanSchema.safeParse("PL6110901014"))).toEqual(["org.error.ibanFormat"]);
  });
  it("builds valid IBANs and formats them in groups of four", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), (seed) => {
        expect(isValidIban(makePlIban("10901014", seed))).toBe(true);
      }),
    );
    expect(formatIban("PL61109010140000071219812874")).toBe("PL61 1090 1014 0000 0712 1981 2874");
  });
});

describe("KRS and postal code", () => {
  it("zero-pads KRS numbers and refuses anything else", () => {
    expect(KrsSchema.parse("123456")).toBe("0000123456");
    expect(KrsSchema.parse("0000 123 456")).toBe("0000123456");
    expect(normalizeKrs("0000000000")).toBeNull();
    expect(messages(KrsSchema.safeParse("12345678901"))).toEqual(["org.error.krsFormat"]);
    expect(messages(KrsSchema.safeParse("KRS12"))).toEqual(["org.error.krsFormat"]);
    expect(makeKrs(42)).toBe("0000000043");
  });
  it("reads postal codes NN-NNN", () => {
    expect(PostalCodeSchema.parse("42-200")).toBe("42-200");
    expect(PostalCodeSchema.parse("42200")).toBe("42-200");
    expect(messages(PostalCodeSchema.safeParse("422-00"))).toEqual(["org.error.postalCode"]);
  });
  it("refuses oversize input before normalising it", () => {
    expect(messages(NipSchema.safeParse("1".repeat(100)))).toEqual(['form.tooLong|{"max":64}']);
  });
});
