import { describe, expect, it } from "vitest";
import { accountChangedMail } from "./account-changed";
import { changeEmailMail } from "./change-email";
import { escapeHtml } from "./layout";
import { resetPasswordMail } from "./reset-password";
import { verifyEmailMail } from "./verify-email";

const hostile = '<script>alert("x")</script> & Co';

describe("identity mail templates", () => {
  const link = "https://ngo.example.pl/reset-hasla/abc?x=1&y=2";
  const all = (locale: "pl" | "en") => [
    verifyEmailMail({ locale, name: hostile, tenantName: hostile, link, validHours: 48 }),
    resetPasswordMail({ locale, name: hostile, tenantName: hostile, link, validMinutes: 60 }),
    changeEmailMail({ locale, name: hostile, tenantName: hostile, link, validHours: 48 }),
    accountChangedMail({ locale, name: hostile, tenantName: hostile, change: "email", newEmail: hostile }),
  ];

  it("escapes every value in HTML and keeps text plain", () => {
    for (const mail of [...all("pl"), ...all("en")]) {
      expect(mail.html).not.toContain("<script>");
      expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
      expect(mail.text).toContain(hostile);
      expect(mail.subject.length).toBeGreaterThan(0);
    }
  });

  it("puts the link in text and HTML", () => {
    const [verify] = all("pl");
    expect(verify?.text).toContain(link);
    expect(verify?.html).toContain('href="https://ngo.example.pl/reset-hasla/abc?x=1&amp;y=2"');
  });

  it("speaks Polish by default and English when asked", () => {
    expect(all("pl").map((m) => m.subject)).toEqual([
      "Potwierdź adres e-mail",
      "Ustaw nowe hasło",
      "Potwierdź nowy adres e-mail",
      "Zmiana w Twoim koncie",
    ]);
    expect(all("en")[1]?.text).toContain("valid for 60 minutes");
    expect(all("en")[0]?.html).toContain('<html lang="en">');
  });

  it("escapes quotes and ampersands", () => {
    expect(escapeHtml(`a"b'c&d<e>`)).toBe("a&quot;b&#39;c&amp;d&lt;e&gt;");
  });
});
