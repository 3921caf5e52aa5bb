import { describe, expect, it } from "vitest";
import { escapeHtml, renderMail } from "./layout";

describe("mail layout", () => {
  const mail = renderMail({
    locale: "pl",
    tenantName: "Gmina Miasto Częstochowa",
    subject: "Zaproszenie do współpracy — „Pożytek”",
    paragraphs: ["Dzień dobry,", "Organizacja <script>alert(1)</script> & spółka\nzłożyła ofertę."],
    action: { label: "Ustaw hasło", url: "https://ngo.example.pl/reset-hasla/abc?x=1&y=2" },
    afterAction: ["Link jest ważny 48 godzin."],
  });

  it("gives plain text with the link written out and the municipality in the footer", () => {
    expect(mail.text).toContain("Organizacja <script>alert(1)</script> & spółka\nzłożyła ofertę.");
    expect(mail.text).toContain("Ustaw hasło:\nhttps://ngo.example.pl/reset-hasla/abc?x=1&y=2");
    expect(mail.text).toContain("Gmina Miasto Częstochowa. Prosimy na nią nie odpowiadać.");
  });

  it("gives Polish, escaped HTML with one heading", () => {
    expect(mail.html).toContain('<html lang="pl">');
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; spółka<br>złożyła");
    expect(mail.html).toContain('href="https://ngo.example.pl/reset-hasla/abc?x=1&amp;y=2"');
    expect(mail.html.match(/<h1/g)).toHaveLength(1);
    expect(mail.html).toContain("<title>Zaproszenie do współpracy — „Pożytek”</title>");
  });

  it("writes the footer in English for English readers", () => {
    const en = renderMail({ locale: "en", tenantName: "Gmina X", subject: "Hi", paragraphs: ["Hello"] });
    expect(en.html).toContain('<html lang="en">');
    expect(en.text).toContain("Please do not reply");
  });

  it("refuses a link that is not a web address", () => {
    expect(() =>
      renderMail({
        locale: "pl",
        tenantName: "G",
        subject: "S",
        paragraphs: [],
        action: { label: "x", url: "javascript:alert(1)" },
      }),
    ).toThrow();
    expect(escapeHtml(`"'<>&`)).toBe("&quot;&#39;&lt;&gt;&amp;");
  });
});
