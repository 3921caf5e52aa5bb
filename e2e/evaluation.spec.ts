import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../demo/accounts";
import {
  amountPattern,
  correctSectionIII,
  declareConflicts,
  expectCorrectionVersion,
  grosze,
  markChecklist,
  OFFERS,
  type OfferRole,
  offerIdsOf,
  organizationEmail,
  passFormally,
  scoreOffer,
  sportCompetitionId,
  typedAmount,
  warsawToday,
} from "./evaluation-steps";
import { COORDINATOR, expect, labelled, NGO_EDITOR, NGO_OWNER, test } from "./helpers";
import { pdfText, sinkMessagesTo } from "./sink";

/*
 * Evaluation and results (issue 4) in Chromium, on the demo's sports call in evaluation: the
 * coordinator runs the formal check (the sports club corrects section III in one round and the
 * office sees version 2 and the difference; Gol-Start is rejected with a reason; the two others
 * pass), composes the committee (AGAPE's nominee from the nomination call, the coordinator as
 * chair, Fundacja Oczami Brata's owner as an NGO member); before his declaration the NGO member
 * gets 403 on every offer URL and API, after declaring a conflict with one offer he gets 403 on
 * that one only; every member scores; the ranking, the amounts and the protocol (PDF, DOCX); the
 * decision publishes the results on the public page and in the JSON, and every offeror's people
 * and mailbox get the result by mail (read from the SMTP sink). Every page is scanned with axe.
 */

const CLUB = "klub@demo.pozytek.pl";
const SIGNED_NOTE = "Wersja demonstracyjna: podpisany egzemplarz sprawdzono w oryginale w urzędzie.";
const CORRECTED_SUMMARY =
  "Całoroczne szkolenie sportowe sześciu grup młodzieżowych w piłce ręcznej: treningi z trenerami z uprawnieniami, rozgrywki ligowe i zawody, sprzęt sportowy.";
const REJECTION = "Oferent nie dołączył wymaganego statutu klubu, a braku nie można uzupełnić.";
const nameOf = (email: string) => DEMO_ACCOUNTS.find((a) => a.email === email)?.name ?? email;

/** State shared by the serial tests of one run (the server's database is fresh for each run). */
let competitionId = "";
let competitionTitle = "";
let ids = {} as Record<OfferRole, string>;
const awarded: Partial<Record<OfferRole, number>> = {};

const offerUrls = (offerId: string) => [
  `/komisja/${competitionId}/oferty/${offerId}`,
  `/komisja/${competitionId}/oferty/${offerId}.pdf`,
  `/api/v1/committee/offers/${offerId}`,
  `/urzad/oferty/${offerId}/wersje/1`,
];

async function expectStatuses(page: Page, urls: string[], status: number): Promise<void> {
  for (const url of urls) expect((await page.request.get(url)).status(), url).toBe(status);
}

test.describe("evaluation of the sports call", () => {
  test.describe.configure({ mode: "serial" });
  test.use({ loggedInAs: COORDINATOR });

  test("formal check: one correction round completed, one formal rejection, two passed; mail to the club", async ({
    page,
    actors,
  }) => {
    test.setTimeout(240_000);
    ({ id: competitionId, title: competitionTitle } = await sportCompetitionId(page));
    ids = await offerIdsOf(page, competitionId);

    // The sports club's offer: section III called for a correction.
    const check = `/urzad/oferty/${ids.corrected}/ocena-formalna`;
    await page.goto(check);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `Ocena formalna oferty: ${OFFERS.corrected.title}`,
    );
    await markChecklist(page, {
      "Wszystkie części oferty": {
        result: "Nie spełnia",
        note: "W opisie zadania brakuje liczby grup szkoleniowych.",
      },
      "Złożono podpisany egzemplarz": { note: SIGNED_NOTE },
    });
    const sections = page.getByRole("group", { name: "Wezwanie do usunięcia braków" });
    for (const box of await sections.getByRole("checkbox").all()) await box.uncheck();
    await sections.getByRole("checkbox", { name: "III. Opis zadania" }).check();
    await labelled(page, "Wiadomość do organizacji").fill("Prosimy podać liczbę grup w opisie zadania.");
    await page.getByRole("button", { name: "Wezwij do usunięcia braków" }).click();
    await expect(page.getByText("Zapisano decyzję i powiadomiono organizację.")).toBeVisible();
    await expect(page.getByText("Wynik: Wezwano do usunięcia braków")).toBeVisible();
    await expect(page.getByText(/Trwa wezwanie do usunięcia braków \(do /)).toBeVisible();

    const [request] = await sinkMessagesTo(CLUB, { subject: /Wezwanie do usunięcia braków formalnych/ });
    expect(request?.subject).toContain(OFFERS.corrected.title);
    expect(request?.text).toContain("Wszystkie części oferty są wypełnione");
    expect(request?.text).toContain("Prosimy podać liczbę grup w opisie zadania.");
    expect(request?.text).toContain(`/panel/oferty/${ids.corrected}`);

    // The club's owner sees the banner, changes section III and submits the correction.
    const before = await correctSectionIII(await actors.open(CLUB), ids.corrected, CORRECTED_SUMMARY);

    // The office: version 2 (a correction), its difference, then the offer passes.
    await expectCorrectionVersion(page, ids.corrected, before, CORRECTED_SUMMARY);

    await passFormally(page, ids.corrected, SIGNED_NOTE);
    const [passed] = await sinkMessagesTo(CLUB, { subject: /^Oferta spełnia wymogi formalne: / });
    expect(passed?.subject).toContain(OFFERS.corrected.title);

    // Gol-Start: rejected with a reason.
    await page.goto(`/urzad/oferty/${ids.rejected}/ocena-formalna`);
    await labelled(page, "Uzasadnienie odrzucenia").fill(REJECTION);
    await page.getByRole("button", { name: "Odrzuć ofertę" }).click();
    await expect(page.getByText("Zapisano decyzję i powiadomiono organizację.")).toBeVisible();
    await expect(page.getByText("Wynik: Odrzucona z przyczyn formalnych")).toBeVisible();
    await expect(page.getByText(`Uzasadnienie: ${REJECTION}`)).toBeVisible();

    // The two others pass (every item marked, the signed copy with a note).
    for (const role of ["weak", "sailing"] as const) await passFormally(page, ids[role], SIGNED_NOTE);

    await page.goto(`/urzad/konkursy/${competitionId}/ocena-formalna`);
    const list = page.getByRole("table", { name: /^Złożone oferty \(4\)/ });
    for (const role of ["corrected", "weak", "sailing"] as const)
      await expect(list.getByRole("row").filter({ hasText: OFFERS[role].title })).toContainText(
        "Spełnia wymogi formalne",
      );
    await expect(list.getByRole("row").filter({ hasText: OFFERS.rejected.title })).toContainText(
      `Odrzucona z przyczyn formalnych — ${REJECTION}`,
    );
  });

  test("committee: a nomination call, AGAPE's nominee accepted, the coordinator as chair and an NGO member", async ({
    page,
    actors,
  }) => {
    test.setTimeout(120_000);
    const committee = `/urzad/konkursy/${competitionId}/komisja`;
    await page.goto(committee);
    const deadline = `${new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(
      new Date(Date.now() + 14 * 86_400_000),
    )} 15:00`;
    await labelled(page, "Termin zgłaszania kandydatów przez organizacje").fill(deadline);
    await page.getByRole("button", { name: "Otwórz nabór kandydatów" }).click();
    await expect(labelled(page, "Termin zgłaszania kandydatów przez organizacje")).toHaveValue(deadline);

    // AGAPE (no offer in this call) proposes its editor.
    const ewa = await actors.open(NGO_EDITOR);
    await ewa.goto("/panel/komisje");
    const call = ewa.getByRole("region", { name: competitionTitle });
    await expect(call).toContainText(/Zgłoszenia do \d{2}\.\d{2}\.\d{4}, 15:00\./);
    await call
      .getByLabel(/^Organizacja zgłaszająca/)
      .selectOption({ label: "Stowarzyszenie Wzajemnej Pomocy „AGAPE”" });
    await call.getByLabel(/^Imię i nazwisko kandydata/).fill(nameOf(NGO_EDITOR));
    await call.getByLabel(/^Adres e-mail kandydata/).fill(NGO_EDITOR);
    await call
      .getByLabel(/^Krótka informacja o kandydacie/)
      .fill("Od lat współpracuje z klubami sportowymi.");
    await call.getByRole("button", { name: "Zgłoś kandydata" }).click();
    await expect(ewa.getByText("Zgłoszono kandydata do komisji.")).toBeVisible();
    await expect(ewa.getByRole("region", { name: competitionTitle })).toContainText(
      `${nameOf(NGO_EDITOR)} (Stowarzyszenie Wzajemnej Pomocy „AGAPE”): oczekuje na decyzję`,
    );

    await page.goto(committee);
    await page.getByRole("button", { name: `Przyjmij do komisji: ${nameOf(NGO_EDITOR)}` }).click();
    await expect(
      page.getByText("Zapisano decyzję o kandydacie; organizacja otrzyma wiadomość."),
    ).toBeVisible();

    // The coordinator as the staff chair, Norbert as a second NGO member.
    await labelled(page, "Adres e-mail konta osoby").fill(COORDINATOR);
    await labelled(page, "Rola w komisji").selectOption("staff");
    await page.getByRole("checkbox", { name: "Przewodniczący komisji" }).check();
    await page.getByRole("button", { name: "Dodaj do komisji" }).click();
    await expect(page.getByText("Dodano członka komisji.")).toBeVisible();
    const members = page.getByRole("table", { name: "Skład komisji" });
    await expect(members.getByRole("row")).toHaveCount(3);
    // A new empty form after the addition: the chair box is not carried over to the next member.
    await expect(labelled(page, "Adres e-mail konta osoby")).toHaveValue("");
    await expect(page.getByRole("checkbox", { name: "Przewodniczący komisji" })).not.toBeChecked();
    await labelled(page, "Adres e-mail konta osoby").fill(NGO_OWNER);
    await labelled(page, "Rola w komisji").selectOption("ngo");
    await page.getByRole("button", { name: "Dodaj do komisji" }).click();
    await expect(members.getByRole("row")).toHaveCount(4);
    await expect(members.getByRole("row").filter({ hasText: nameOf(COORDINATOR) })).toContainText(
      "przedstawiciel urzędu, przewodniczący komisji",
    );
    for (const email of [NGO_EDITOR, NGO_OWNER])
      await expect(members.getByRole("row").filter({ hasText: nameOf(email) })).toContainText(
        "przedstawiciel organizacji pozarządowych",
      );
    await expect(members).not.toContainText("oświadczenie złożone");
    await expect(page.getByText("Przedstawiciele organizacji pozarządowych w komisji: 2.")).toBeVisible();
  });

  test("declarations: 403 on every offer URL before one; a declared conflict closes that offer only", async ({
    page,
    actors,
  }) => {
    test.setTimeout(120_000);
    const norbert = await actors.open(NGO_OWNER);
    for (const offerId of Object.values(ids)) await expectStatuses(norbert, offerUrls(offerId), 403);
    const refused = await norbert.goto(`/komisja/${competitionId}/oferty/${ids.corrected}`);
    expect(refused?.status()).toBe(403);
    await expect(norbert.getByRole("heading", { level: 1 })).toHaveText("Brak dostępu");
    await expect(norbert.getByText(CORRECTED_SUMMARY)).toHaveCount(0);

    // Norbert declares a conflict with the sailing offer.
    await declareConflicts(norbert, competitionId, {
      organization: OFFERS.sailing.organization,
      circumstance: "Jestem członkiem zarządu oferenta.",
    });
    const offers = norbert.getByRole("table", { name: "Oferty w konkursie i stan mojej oceny" });
    await expect(offers.getByRole("row").filter({ hasText: OFFERS.sailing.title })).toContainText(
      "wyłączony z oceny tej oferty",
    );
    await expect(offers.getByRole("link", { name: new RegExp(OFFERS.sailing.title) })).toHaveCount(0);

    await expectStatuses(norbert, offerUrls(ids.sailing), 403);
    const [page2 = "", pdf2 = "", api2 = "", office2 = ""] = offerUrls(ids.corrected);
    await expectStatuses(norbert, [page2, pdf2, api2], 200);
    // Not office staff: the office's version page stays closed to him.
    await expectStatuses(norbert, [office2], 403);
    const api = await (await norbert.request.get(api2)).text();
    expect(api).toContain(CORRECTED_SUMMARY);
    const allowed = await norbert.goto(page2);
    expect(allowed?.status()).toBe(200);
    await expect(norbert.getByText(CORRECTED_SUMMARY)).toBeVisible();

    // Ewa and the coordinator declare no conflicts.
    const ewa = await actors.open(NGO_EDITOR);
    for (const member of [ewa, page]) {
      await declareConflicts(member, competitionId);
      await expectStatuses(member, offerUrls(ids.sailing).slice(0, 3), 200);
    }

    await page.goto(`/urzad/konkursy/${competitionId}/komisja`);
    const members = page.getByRole("table", { name: "Skład komisji" });
    await expect(members.getByText(/oświadczenie złożone/)).toHaveCount(3);
    await expect(members.getByRole("row").filter({ hasText: nameOf(NGO_OWNER) })).toContainText(
      "Jestem członkiem zarządu oferenta.",
    );
  });

  test("scoring: every member scores every passed offer they may; other members' scores hidden until all are in", async ({
    page,
    actors,
  }) => {
    test.setTimeout(180_000);
    const ewa = await actors.open(NGO_EDITOR);
    const norbert = await actors.open(NGO_OWNER);
    const url = (role: OfferRole) => `/komisja/${competitionId}/oferty/${ids[role]}`;
    await scoreOffer(page, url("corrected"), 0.9, "Bardzo dobrze opisane zadanie");
    await scoreOffer(page, url("sailing"), 0.7, "Realny plan szkolenia");
    await scoreOffer(page, url("weak"), 0.2, "Opis zbyt ogólny");
    await scoreOffer(ewa, url("corrected"), 0.8, "Doświadczony oferent");
    await scoreOffer(ewa, url("sailing"), 0.6, "Dobre zaplecze");
    await scoreOffer(ewa, url("weak"), 0.1, "Brak rezultatów");
    await scoreOffer(norbert, url("corrected"), 0.7, "Spójny budżet");
    // The rejected offer is not scored; his last sheet is still hidden from others until it is in.
    await norbert.goto(`/komisja/${competitionId}`);
    await expect(norbert.getByText(/Oceny pozostałych członków komisji zobaczysz/)).toBeVisible();
    await scoreOffer(norbert, url("weak"), 0.2, "Niska trwałość rezultatów");
    await norbert.goto(`/komisja/${competitionId}`);
    await expect(norbert.getByText("Oceny pozostałych członków komisji są widoczne.")).toBeVisible();
    await expect(norbert.getByRole("row").filter({ hasText: OFFERS.corrected.title })).toContainText(
      nameOf(NGO_EDITOR),
    );
  });

  test("ranking, proposed amounts, closing the scoring, the protocol as PDF and DOCX", async ({ page }) => {
    test.setTimeout(120_000);
    const base = `/urzad/konkursy/${competitionId}`;
    await page.goto(`${base}/ranking`);
    await expect(page.getByText("Wszystkie karty ocen zostały złożone.")).toBeVisible();
    const ranking = page.getByRole("table", { name: /Ranking ofert według średniej ocen/ });
    const rows = ranking.getByRole("row");
    await expect(rows.filter({ hasText: OFFERS.corrected.title })).toContainText(/^\s*1/);
    await expect(rows.filter({ hasText: OFFERS.sailing.title })).toContainText(/^\s*2/);
    await expect(rows.filter({ hasText: OFFERS.weak.title })).toContainText("poniżej progu");

    // The committee proposes the full amount for the first and a reduced one for the second.
    for (const role of ["corrected", "sailing"] as const) {
      const requested = grosze(
        (await page.locator(`[id="f-amount.${ids[role]}-requested"]`).textContent()) ?? "",
      );
      awarded[role] = role === "corrected" ? requested : Math.floor((requested * 0.9) / 100_000) * 100_000;
      await page.locator(`[id="f-amount.${ids[role]}"]`).fill(typedAmount(awarded[role] ?? 0));
    }
    await expect(page.locator(`[id="f-amount.${ids.weak}"]`)).toHaveCount(0);
    await page.getByRole("button", { name: "Zapisz proponowane kwoty" }).click();
    await expect(page.getByText("Zapisano proponowane kwoty.")).toBeVisible();
    await page.getByRole("button", { name: "Zamknij ocenę" }).click();
    await expect(page.getByText("Ocena została zamknięta. Ranking jest ostateczny.")).toBeVisible();
    await expect(page.getByText(/^Ocena zamknięta .+\. Karty ocen są ostateczne\.$/)).toBeVisible();

    const pdf = await page.request.get(`${base}/protokol.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toMatch(/^application\/pdf/);
    const text = pdfText((await pdf.body()).toString("base64")).replace(/\s+/g, " ");
    for (const email of [COORDINATOR, NGO_EDITOR, NGO_OWNER]) expect(text).toContain(nameOf(email));
    // Table cells wrap in the layout text: an offer's title that fits its cell, and the amounts' sum.
    expect(text).toContain(OFFERS.weak.title);
    const proposed = amountPattern((awarded.corrected ?? 0) + (awarded.sailing ?? 0));
    expect(text).toMatch(new RegExp(`Suma proponowanych kwot: ${proposed.source}`));
    const docx = await page.request.get(`${base}/protokol.docx`);
    expect(docx.status()).toBe(200);
    expect(docx.headers()["content-type"]).toContain(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect((await docx.body()).subarray(0, 2).toString()).toBe("PK");
  });

  test("decision: results on the public page and in the JSON, and every offeror gets the result by mail", async ({
    page,
    actors,
  }) => {
    test.setTimeout(120_000);
    const base = `/urzad/konkursy/${competitionId}`;
    await page.goto(`${base}/rozstrzygniecie`);
    const number = `WKPS.${Date.now() % 1000}/${warsawToday().slice(0, 4)}`;
    await labelled(page, "Numer zarządzenia").fill(number);
    await labelled(page, "Data zarządzenia").fill(warsawToday());
    for (const role of ["corrected", "sailing"] as const)
      await expect(page.locator(`[id="f-awarded.${ids[role]}"]`)).toHaveValue(
        amountPattern(awarded[role] ?? -1),
      );
    await expect(page.getByRole("listitem").filter({ hasText: OFFERS.rejected.title })).toContainText(
      "odrzucona z przyczyn formalnych",
    );
    await page.getByRole("button", { name: "Zapisz rozstrzygnięcie i ogłoś wyniki" }).click();
    await expect(
      page.getByText("Zapisano rozstrzygnięcie. Wyniki zostały ogłoszone, oferenci dostali wiadomości."),
    ).toBeVisible();
    await expect(
      page.getByText(new RegExp(`Konkurs rozstrzygnięto zarządzeniem nr ${number.replace(".", "\\.")}`)),
    ).toBeVisible();

    // The public page, for a visitor.
    const visitor = await actors.open(null);
    await visitor.goto(`/konkursy/${competitionId}/wyniki`);
    const funded = visitor.getByRole("table", { name: "Oferty, którym przyznano dotację (liczba: 2)" });
    await expect(funded).toContainText(OFFERS.corrected.organization);
    await expect(funded).toContainText(OFFERS.sailing.title);
    await expect(funded).toContainText(amountPattern(awarded.sailing ?? 0));
    await expect(
      visitor.getByRole("table", { name: "Oferty poniżej progu punktowego (liczba: 1)" }),
    ).toContainText(OFFERS.weak.organization);
    await expect(
      visitor.getByRole("table", { name: "Oferty odrzucone z przyczyn formalnych (liczba: 1)" }),
    ).toContainText(OFFERS.rejected.organization);

    // The JSON.
    const response = await visitor.request.get(`/api/v1/competitions/${competitionId}/results`);
    expect(response.status()).toBe(200);
    const results = (await response.json()) as {
      organization: { name: string };
      offerTitle: string;
      awardedAmount: number;
      status: string;
    }[];
    expect(results).toHaveLength(4);
    const byTitle = (role: OfferRole) => results.find((r) => r.offerTitle === OFFERS[role].title);
    expect(byTitle("corrected")).toMatchObject({ status: "funded", awardedAmount: awarded.corrected });
    expect(byTitle("sailing")).toMatchObject({ status: "funded", awardedAmount: awarded.sailing });
    expect(byTitle("weak")).toMatchObject({ status: "below_threshold", awardedAmount: 0 });
    expect(byTitle("rejected")).toMatchObject({ status: "rejected_formally", awardedAmount: 0 });
    expect(byTitle("corrected")?.organization.name).toBe(OFFERS.corrected.organization);

    // Every offeror's result by mail: the club's owner and each organisation's own mailbox.
    const [clubMail] = await sinkMessagesTo(CLUB, { subject: /^Wynik konkursu: / });
    expect(clubMail?.subject).toBe(`Wynik konkursu: ${OFFERS.corrected.title}`);
    expect(clubMail?.text).toContain(number);
    const statusText: Record<OfferRole, string> = {
      corrected: "Oferta otrzymała dotację w wysokości",
      sailing: "Oferta otrzymała dotację w wysokości",
      weak: "średnia ocen komisji jest niższa od progu punktowego",
      rejected: "odrzucona z przyczyn formalnych",
    };
    for (const role of Object.keys(OFFERS) as OfferRole[]) {
      const mailbox = await organizationEmail(visitor, OFFERS[role].organization);
      const [mail] = await sinkMessagesTo(mailbox, { subject: /^Wynik konkursu: / });
      expect(mail?.subject, mailbox).toBe(`Wynik konkursu: ${OFFERS[role].title}`);
      expect(mail?.text.replace(/\s+/g, " "), mailbox).toContain(statusText[role]);
    }

    // Last year's resolved call keeps its published results.
    const resolved = await (await visitor.request.get("/api/v1/competitions?status=resolved")).json();
    const eco = (resolved.items as { id: string; title: string }[]).find((c) =>
      c.title.startsWith("Edukacja ekologiczna"),
    );
    expect(eco).toBeTruthy();
    await visitor.goto(`/konkursy/${eco?.id}/wyniki`);
    await expect(visitor.getByRole("table", { name: /^Oferty, którym przyznano dotację/ })).toBeVisible();
    const ecoResults = await visitor.request.get(`/api/v1/competitions/${eco?.id}/results`);
    expect(ecoResults.status()).toBe(200);
    expect(((await ecoResults.json()) as unknown[]).length).toBeGreaterThan(0);
  });
});
