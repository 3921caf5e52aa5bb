import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../test/db";
import {
  claimTotpStep,
  generateTotpSecret,
  isTotpSecret,
  normaliseTotpCode,
  totpCode,
  totpQrDataUrl,
  totpQrSvg,
  totpUri,
  verifyTotp,
} from "./totp.server";

// RFC 6238 appendix B: the SHA-1 secret "12345678901234567890" is this in base32.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP", () => {
  const t = useTestDatabase();

  it("computes the RFC 6238 test vectors (last 6 digits)", () => {
    expect(totpCode(RFC_SECRET, new Date(59 * 1000))).toBe("287082");
    expect(totpCode(RFC_SECRET, new Date(1111111109 * 1000))).toBe("081804");
    expect(totpCode(RFC_SECRET, new Date(2000000000 * 1000))).toBe("279037");
  });

  it("accepts the code of the step before and after, not two steps away", () => {
    const secret = generateTotpSecret();
    const now = new Date("2026-03-02T10:00:15Z");
    const code = totpCode(secret, now);
    const step = Math.floor(now.getTime() / 30_000);
    expect(verifyTotp(secret, code, now)).toBe(step);
    expect(verifyTotp(secret, code, new Date(now.getTime() + 30_000))).toBe(step);
    expect(verifyTotp(secret, code, new Date(now.getTime() - 30_000))).toBe(step);
    expect(verifyTotp(secret, code, new Date(now.getTime() + 61_000))).toBeNull();
  });

  it("refuses malformed codes and accepts spaces", () => {
    const secret = generateTotpSecret();
    const now = new Date("2026-03-02T10:00:00Z");
    const code = totpCode(secret, now);
    expect(verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now)).not.toBeNull();
    expect(normaliseTotpCode("12345")).toBeNull();
    expect(normaliseTotpCode("12345a")).toBeNull();
    expect(normaliseTotpCode("1234567")).toBeNull();
    expect(verifyTotp("not base32!", code, now)).toBeNull();
  });

  it("generates distinct base32 secrets", () => {
    const a = generateTotpSecret();
    expect(isTotpSecret(a)).toBe(true);
    expect(a).toHaveLength(32);
    expect(generateTotpSecret()).not.toBe(a);
  });

  it("builds an otpauth URI and a QR code image", async () => {
    const uri = totpUri({ secret: RFC_SECRET, accountName: "ala@example.pl", issuer: "Pożytek" });
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain(`secret=${RFC_SECRET}`);
    expect(uri).toContain("issuer=Po%C5%BCytek");
    expect(await totpQrSvg(uri)).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(await totpQrDataUrl(uri)).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it("lets a time step be used once per person and secret", async () => {
    expect(await claimTotpStep(t.db, "u1", RFC_SECRET, 100)).toBe(true);
    expect(await claimTotpStep(t.db, "u1", RFC_SECRET, 100)).toBe(false);
    expect(await claimTotpStep(t.db, "u2", RFC_SECRET, 100)).toBe(true);
    expect(await claimTotpStep(t.db, "u1", RFC_SECRET, 101)).toBe(true);
    expect(await claimTotpStep(t.db, "u1", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", 100)).toBe(true);
  });
});
