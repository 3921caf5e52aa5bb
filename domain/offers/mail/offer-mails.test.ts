import { describe, expect, it } from "vitest";
import { offerPartnerMail, offerSubmittedMail, offerWithdrawnMail } from "./offer-mails";

const submitted = {
  tenantName: "Gmina Miasto Częstochowa",
  competitionTitle: "Opieka <wytchnieniowa>",
  offerTitle: "Wytchnienie",
  number: 2,
  receiptNumber: "OF/2026/000123",
  checksum: "3F2A0C1B 9D00AA11",
  submittedAt: "10.04.2026, 14:59",
  link: "https://pozytek.test/panel/oferty/1",
};

describe("offer mails", () => {
  it("confirm a submission with the receipt, the checksum, the time and the link, in Polish and English", () => {
    const pl = offerSubmittedMail("pl", submitted);
    expect(pl.subject).toBe("Potwierdzenie złożenia oferty OF/2026/000123");
    for (const part of [
      "OF/2026/000123",
      "3F2A0C1B 9D00AA11",
      "10.04.2026, 14:59",
      "wersja 2",
      submitted.link,
    ])
      expect(pl.text).toContain(part);
    expect(pl.html).toContain("Opieka &lt;wytchnieniowa&gt;");
    const en = offerSubmittedMail("en", { ...submitted, number: 1 });
    expect(en.text).toContain("Checksum: 3F2A0C1B 9D00AA11");
    expect(en.text).not.toContain("version");
  });

  it("tell of a withdrawal and of a partner added or removed", () => {
    const w = offerWithdrawnMail("pl", { ...submitted, by: "Anna Nowak" });
    expect(w.text).toContain("Wycofała ją osoba: Anna Nowak.");
    const added = offerPartnerMail("pl", {
      added: true,
      partnerName: "Fundacja B",
      leaderName: "Stowarzyszenie A",
      competitionTitle: "Konkurs",
      link: submitted.link,
    });
    expect(added.text).toContain("Organizacja „Stowarzyszenie A” dodała Twoją organizację „Fundacja B”");
    expect(added.text).toContain(submitted.link);
    const removed = offerPartnerMail("en", {
      added: false,
      partnerName: "Fundacja B",
      leaderName: "Stowarzyszenie A",
      competitionTitle: "Konkurs",
      link: submitted.link,
    });
    expect(removed.subject).toBe("Fundacja B is no longer a partner of a joint offer");
    expect(removed.text).not.toContain(submitted.link);
  });
});
