import {
  AWARDED,
  costLines,
  daysUntil,
  definedAmount,
  docxText,
  ECO_OWNER,
  ecoCompetitionId,
  escapeRegExp,
  fillContractTerms,
  fillFinancial,
  fillSubstantive,
  isoOfShown,
  mailTo,
  mailWithClockMoved,
  moneyIn,
  OFFER_TITLE,
  plain,
  polishIban,
  shownDay,
  submitReport,
  TRAUGUTT,
  tickDeclarations,
  warsawDay,
} from "./contract-steps";
import { typedAmount } from "./evaluation-steps";
import { COORDINATOR, expect, labelled, test } from "./helpers";
import { control } from "./offer-steps";
import { pdfText } from "./sink";

/*
 * After the award (issue 5) in Chromium, on the demo's resolved ecological-education call, where
 * Stowarzyszenie Traugutt dla Przyszłości was awarded less than it asked: the organisation updates
 * its offer to the award and the coordinator accepts the update; the contract is drawn up (its
 * DOCX is a document naming the parties and the amount, its PDF carries the parties, the amount and
 * the instalments), sent and marked signed; the reminders of a report due soon, of an instalment to
 * pay and of an overdue report come by mail; a change of the bank account becomes annex 1; the
 * partial report is accepted; the final one, with a cost line over the allowed shift, is returned,
 * corrected and accepted; the refund is computed, reminded, recorded and the settlement closed.
 * Every page visited is scanned with axe (helpers' `test`).
 */

const BANK = polishIban("10901014", "0000071219812874");
const NEW_BANK = polishIban("11402004", "0000300201355387");
/** Instalments: the first paid at once, the second planned in two days (the office is reminded). */
const FIRST = 400_000;
const SECOND = AWARDED - FIRST;
/** The grant the final report says was spent, and the part of the first line found ineligible. */
const SPENT = 650_000;
const INELIGIBLE = 12_000;

/** State shared by the serial tests of one run (the server's database is fresh for each run). */
let competitionId = "";
let offerId = "";
let contractId = "";
let number = "";
let partialDue = "";

test.describe("contract, reports and settlement of an offer awarded less than asked", () => {
  test.describe.configure({ mode: "serial" });
  test.use({ loggedInAs: COORDINATOR });

  test("update: the organisation fits the offer to the award and the office accepts it", async ({
    page,
    actors,
  }) => {
    test.setTimeout(180_000);
    competitionId = await ecoCompetitionId(page);
    await page.goto(`/urzad/konkursy/${competitionId}/wyniki`);
    const link = page.getByRole("link", { name: `Umowa: ${TRAUGUTT} — ${OFFER_TITLE}` });
    offerId =
      /\/urzad\/oferty\/([0-9a-f-]{36})\/umowa$/.exec((await link.getAttribute("href")) ?? "")?.[1] ?? "";
    expect(offerId).not.toBe("");
    // No contract before the update is accepted.
    await link.click();
    await expect(
      page.getByText("umowę można sporządzić dopiero po przyjęciu aktualizacji oferty"),
    ).toBeVisible();

    const ngo = await actors.open(ECO_OWNER);
    await ngo.goto(`/panel/oferty/${offerId}/aktualizacja`);
    await expect(ngo.getByRole("heading", { level: 1 })).toHaveText(`Aktualizacja oferty: ${OFFER_TITLE}`);
    const amounts = ngo.getByRole("table", { name: "Kwota przyznana i wnioskowana" });
    await expect(amounts.getByRole("row", { name: /Przyznana dotacja/ })).toContainText(typedAmount(AWARDED));
    await ngo.getByRole("link", { name: /^V\. / }).first().click();
    // The grant goes down to the award; the financial contribution covers the difference.
    const grant = control(ngo, "sources.grant");
    const financial = control(ngo, "sources.financial");
    const requested = await moneyIn(grant);
    expect(requested).toBeGreaterThan(AWARDED);
    const ownBefore = await moneyIn(financial);
    await grant.fill(typedAmount(AWARDED));
    await financial.fill(typedAmount(ownBefore + requested - AWARDED));
    await ngo.getByRole("button", { name: "Zapisz", exact: true }).click();
    await expect(ngo.getByText("Zapisano.", { exact: true })).toBeVisible();
    await ngo.goto(`/panel/oferty/${offerId}/aktualizacja`);
    await expect(ngo.getByText("Oferta odpowiada przyznanej kwocie i warunkom konkursu")).toBeVisible();
    await ngo.getByRole("button", { name: "Złóż aktualizację oferty" }).click();
    await expect(ngo.getByText("Aktualizacja oferty została złożona.")).toBeVisible();

    await page.goto(`/urzad/oferty/${offerId}/aktualizacja`);
    await expect(
      page.getByRole("heading", { name: /^Wersja \d+ \(złożona\) i wersja \d+ \(aktualizacja\)$/ }),
    ).toBeVisible();
    await page.getByRole("radio", { name: "Przyjmij aktualizację" }).check();
    await page.getByRole("button", { name: "Zapisz decyzję" }).click();
    await expect(page.getByText("Aktualizacja została przyjęta.")).toBeVisible();
  });

  test("contract: drawn up (DOCX and PDF), sent and signed; reminders of the report and the instalment", async ({
    page,
    actors,
  }) => {
    test.setTimeout(240_000);
    await page.goto(`/urzad/konkursy/${competitionId}/wyniki`);
    await page.getByRole("link", { name: `Umowa: ${TRAUGUTT} — ${OFFER_TITLE}` }).click();
    await expect(page).toHaveURL(new RegExp(`/urzad/oferty/${offerId}/umowa$`));
    expect(await definedAmount(page, "Przyznana dotacja")).toBe(AWARDED);
    partialDue = warsawDay(5);
    await fillContractTerms(page, {
      bankAccount: BANK,
      instalments: [
        { plannedOn: warsawDay(0), amount: FIRST },
        { plannedOn: warsawDay(2), amount: SECOND },
      ],
      partial: { periodEnd: warsawDay(0), dueOn: partialDue },
    });
    await page.getByRole("button", { name: "Sporządź projekt umowy" }).click();
    await expect(page).toHaveURL(/\/urzad\/umowy\/[0-9a-f-]{36}$/);
    contractId = page.url().split("/").at(-1) ?? "";
    number = ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "")
      .replace(/^Umowa /, "")
      .trim();
    expect(number).not.toBe("");

    // The documents: the DOCX is a Word file naming the parties and the amount, the PDF carries the instalments.
    const docx = plain(await docxText(await page.request.get(`/urzad/umowy/${contractId}/wersje/1.docx`)));
    for (const text of [number, TRAUGUTT, "7 000,00"]) expect(docx).toContain(text);
    const pdfResponse = await page.request.get(`/urzad/umowy/${contractId}/wersje/1.pdf`);
    expect(pdfResponse.headers()["content-type"]).toContain("application/pdf");
    const pdfBody = await pdfResponse.body();
    const pdf = plain(pdfText(pdfBody.toString("base64")));
    for (const text of [number, TRAUGUTT, "7 000,00", typedAmount(FIRST), typedAmount(SECOND), BANK])
      expect(pdf).toContain(text);
    expect(pdf).toMatch(/Częstochow/);

    await page.getByRole("button", { name: "Prześlij do podpisu" }).click();
    await expect(page.getByText("Umowa została przesłana organizacji do podpisu.")).toBeVisible();
    const toSign = await mailTo(ECO_OWNER, new RegExp(`^Umowa ${escapeRegExp(number)} do podpisu`));
    expect(toSign.text).toContain(`/panel/umowy/${contractId}`);
    const ngo = await actors.open(ECO_OWNER);
    await ngo.goto(`/panel/umowy/${contractId}`);
    await expect(ngo.getByRole("heading", { level: 1 })).toHaveText(`Umowa ${number}`);
    await expect(ngo.getByRole("link", { name: "PDF wersji 1" })).toBeVisible();

    await labelled(page, "Data podpisania").fill(warsawDay(0));
    await page.getByLabel("Podpisana umowa (PDF)").setInputFiles({
      name: "umowa-podpisana.pdf",
      mimeType: "application/pdf",
      buffer: pdfBody,
    });
    await page.getByRole("button", { name: "Zapisz podpisanie" }).click();
    await expect(page.getByText("Zapisano podpisanie umowy.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Pobierz podpisaną umowę (PDF)" })).toBeVisible();

    // Reminders (every 3 s in the suite): the partial report due in 5 days, the instalments to pay.
    const due = await mailTo(
      ECO_OWNER,
      new RegExp(`^Termin sprawozdania: ${shownDay(partialDue)} — umowa ${escapeRegExp(number)}`),
    );
    expect(due.text).toContain("/panel/sprawozdania/");
    const instalment = await mailTo(
      COORDINATOR,
      new RegExp(`^Transza 2 do wypłaty .* — umowa ${escapeRegExp(number)}`),
    );
    expect(instalment.text).toContain(`/urzad/umowy/${contractId}`);
    // Six days later the partial report is overdue.
    const overdue = await mailWithClockMoved(
      daysUntil(partialDue) + 1,
      ECO_OWNER,
      new RegExp(`^Minął termin złożenia sprawozdania — umowa ${escapeRegExp(number)}`),
    );
    expect(overdue.text).toContain(OFFER_TITLE);

    // Both instalments paid (the second early).
    for (const [position, amount] of [
      [1, FIRST],
      [2, SECOND],
    ] as const) {
      const form = page
        .locator("section.contract-action")
        .filter({ has: page.getByRole("heading", { name: new RegExp(`^Transza ${position}:`) }) });
      await form.getByLabel("Data przekazania").fill(warsawDay(0));
      await form.getByLabel("Kwota przekazana (zł)").fill(typedAmount(amount));
      await form.getByRole("button", { name: "Zapisz przekazanie" }).click();
      await expect(page.getByText("Zapisano przekazanie transzy.")).toBeVisible();
    }
    await expect(page.getByText("W realizacji").first()).toBeVisible();
  });

  test("change request: a new bank account becomes annex 1", async ({ page, actors }) => {
    test.setTimeout(120_000);
    const ngo = await actors.open(ECO_OWNER);
    await ngo.goto(`/panel/umowy/${contractId}`);
    await ngo.getByRole("link", { name: "Złóż wniosek o zmianę umowy" }).click();
    await expect(ngo).toHaveURL(new RegExp(`/panel/umowy/${contractId}/zmiana$`));
    await ngo.getByRole("checkbox", { name: "Rachunek bankowy" }).check();
    await labelled(ngo, "Uzasadnienie wniosku").fill("Stowarzyszenie przeniosło rachunek do innego banku.");
    await labelled(ngo, "Numer rachunku bankowego").fill(NEW_BANK);
    await ngo.getByRole("button", { name: "Złóż wniosek o zmianę" }).click();
    await expect(ngo.getByText("Wniosek o zmianę umowy został złożony.")).toBeVisible();
    const changeId = /\/zmiany\/([0-9a-f-]{36})/.exec(ngo.url())?.[1] ?? "";
    expect(changeId).not.toBe("");

    await page.goto(`/urzad/umowy/${contractId}/zmiany/${changeId}`);
    await expect(
      page.getByRole("table", { name: "Postanowienia umowy przed zmianą i po zmianie" }),
    ).toContainText(NEW_BANK);
    await page.getByRole("radio", { name: "Zatwierdź — sporządź aneks" }).check();
    await page.getByRole("button", { name: "Zapisz decyzję" }).click();
    await expect(page.getByText("Wniosek zatwierdzony — sporządzono aneks.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Aneks nr 1 (PDF)" })).toBeVisible();
    const annex = await page.request.get(`/urzad/umowy/${contractId}/aneksy/1.pdf`);
    expect(annex.status()).toBe(200);
    const annexText = plain(pdfText((await annex.body()).toString("base64")));
    expect(annexText).toContain(number);
    // The PDF's table wraps the account: its beginning is on the line of the change.
    expect(annexText).toContain(`Numer rachunku bankowego ${BANK.slice(0, -5)} ${NEW_BANK.slice(0, -5)}`);
    const annexDocx = plain(
      await docxText(await page.request.get(`/urzad/umowy/${contractId}/aneksy/1.docx`)),
    );
    expect(annexDocx).toContain(number);
    expect(annexDocx).toContain(NEW_BANK);
    const approved = await mailTo(ECO_OWNER, /^Zmiana zatwierdzona — aneks nr 1 do umowy/);
    expect(approved.subject).toContain(number);
    await page.goto(`/urzad/umowy/${contractId}`);
    await expect(page.getByRole("cell", { name: "Aneks nr 1" })).toBeVisible();
  });

  test("reports: the partial one accepted; the final one over the shift returned, corrected, accepted", async ({
    page,
    actors,
  }) => {
    test.setTimeout(240_000);
    const ngo = await actors.open(ECO_OWNER);
    await ngo.goto(`/panel/umowy/${contractId}`);
    const hrefOf = async (name: string) =>
      (await ngo.getByRole("link", { name, exact: true }).getAttribute("href")) ?? "";
    const partial = await hrefOf("Sprawozdanie częściowe");
    const final = await hrefOf("Sprawozdanie końcowe");
    expect(partial).toMatch(/^\/panel\/sprawozdania\/[0-9a-f-]{36}$/);

    // Partial: part I and the declarations; nothing spent yet.
    await ngo.goto(partial);
    await fillSubstantive(ngo);
    await fillFinancial(
      ngo,
      (await costLines(ngo)).map(() => 0),
      0,
    );
    await tickDeclarations(ngo);
    await submitReport(ngo);
    await expect(ngo.getByText("Sprawozdanie zostało złożone.")).toBeVisible();
    await page.goto(partial.replace("/panel/", "/urzad/"));
    await page.getByRole("button", { name: "Przyjmij sprawozdanie" }).click();
    await expect(page.getByText("Sprawozdanie zostało przyjęte.")).toBeVisible();

    // Final: the first line 30 % over its plan (the contract allows 20 %) must be explained first.
    await ngo.goto(final);
    await fillSubstantive(ngo);
    const [first] = await costLines(ngo);
    if (!first) throw new Error("no cost line");
    const over = Math.round(first.planned * 1.3);
    await fillFinancial(ngo, [over], SPENT);
    await expect(ngo.getByText("Uwaga: wykonanie tej pozycji przekracza plan")).toBeVisible();
    await tickDeclarations(ngo);
    await submitReport(ngo);
    await expect(
      ngo.getByText("Wyjaśnij odchylenie: wykonanie przekracza dopuszczalne przesunięcie."),
    ).toBeVisible();
    await labelled(ngo, "Poz. 1: wyjaśnienie odchylenia").fill("Wzrosły ceny sadzonek drzew.");
    await fillFinancial(ngo, [over], SPENT);
    await submitReport(ngo);
    await expect(ngo.getByText("Sprawozdanie zostało złożone.")).toBeVisible();

    // The office returns it: the increase needs an annex, not an explanation.
    const office = final.replace("/panel/", "/urzad/");
    await page.goto(office);
    await labelled(page, "Uwagi do poprawienia").fill(
      "Pozycja 1 przekracza plan o więcej niż 20 % bez aneksu — prosimy rozliczyć ją zgodnie z planem.",
    );
    await page.getByRole("button", { name: "Zwróć do poprawy" }).click();
    await expect(page.getByText("Sprawozdanie zostało zwrócone do poprawy.")).toBeVisible();
    const returned = await mailTo(ECO_OWNER, /^Sprawozdanie zwrócone do poprawy: /);
    expect(returned.text).toContain("Pozycja 1 przekracza plan");

    await ngo.goto(final);
    await expect(ngo.getByText("Pozycja 1 przekracza plan")).toBeVisible();
    await fillFinancial(ngo, [first.planned], SPENT);
    await expect(ngo.getByText("Uwaga: wykonanie tej pozycji przekracza plan")).toHaveCount(0);
    await submitReport(ngo);
    await expect(ngo.getByText("Sprawozdanie zostało złożone.")).toBeVisible();
    await expect(ngo.getByText(/Złożono wersję 2 sprawozdania/)).toBeVisible();

    await page.goto(office);
    await page.getByRole("button", { name: "Przyjmij sprawozdanie" }).click();
    await expect(page.getByText("Sprawozdanie zostało przyjęte.")).toBeVisible();
  });

  test("settlement: the refund computed and confirmed, reminded, returned, closed", async ({
    page,
    actors,
  }) => {
    test.setTimeout(180_000);
    await page.goto(`/urzad/umowy/${contractId}`);
    await page.getByRole("link", { name: "Rozliczenie dotacji" }).click();
    await expect(page).toHaveURL(new RegExp(`/urzad/umowy/${contractId}/rozliczenie$`));
    expect(await definedAmount(page, "Dotacja przekazana")).toBe(AWARDED);
    expect(await definedAmount(page, "Dotacja wydatkowana")).toBe(SPENT);
    expect(await definedAmount(page, "Dotacja niewykorzystana")).toBe(AWARDED - SPENT);

    // Part of the first line is ineligible: it is returned with the unused grant.
    await page.getByLabel("Kwota niekwalifikowalna").first().fill(typedAmount(INELIGIBLE));
    await page.getByLabel("Uzasadnienie").first().fill("Faktura wystawiona po terminie realizacji zadania.");
    await page.getByRole("button", { name: "Zapisz", exact: true }).first().click();
    await expect(page.getByText("Zapisano koszt niekwalifikowalny.")).toBeVisible();
    const refund = AWARDED - SPENT + INELIGIBLE;
    expect(await definedAmount(page, "Koszty niekwalifikowalne")).toBe(INELIGIBLE);
    expect(await definedAmount(page, "Razem do zwrotu")).toBe(refund);
    await page.getByRole("button", { name: "Zatwierdź rozliczenie" }).click();
    await expect(
      page.getByText("Rozliczenie zostało zatwierdzone, a organizacja powiadomiona."),
    ).toBeVisible();
    expect(await definedAmount(page, "Kwota zatwierdzona")).toBe(refund);
    const dueText = await page
      .locator("dt", { hasText: "Termin zwrotu" })
      .locator("xpath=following-sibling::dd[1]")
      .textContent();
    const dueOn = isoOfShown(dueText ?? "");

    const ngo = await actors.open(ECO_OWNER);
    await ngo.goto(`/panel/umowy/${contractId}/rozliczenie`);
    await expect(ngo.getByText(typedAmount(refund)).first()).toBeVisible();

    // The reminder of the return, a week before its due day (the clock moved when it is further off).
    const reminder = await mailWithClockMoved(
      Math.max(0, daysUntil(dueOn) - 7),
      ECO_OWNER,
      new RegExp(`^Termin zwrotu dotacji — umowa ${escapeRegExp(number)}`),
    );
    expect(plain(reminder.text)).toContain(typedAmount(refund));

    await labelled(page, "Rodzaj").selectOption("principal");
    await labelled(page, "Kwota").fill(typedAmount(refund));
    await labelled(page, "Data wpłaty").fill(warsawDay(0));
    await page.getByRole("button", { name: "Odnotuj zwrot" }).click();
    await expect(page.getByText("Odnotowano zwrot.")).toBeVisible();
    await expect(page.getByRole("table", { name: "Zwroty zaksięgowane" })).toContainText(typedAmount(refund));
    expect(await definedAmount(page, "Pozostało do zwrotu")).toBe(0);
    await page.getByRole("button", { name: "Zamknij rozliczenie" }).click();
    await expect(page.getByText("Rozliczenie zostało zamknięte, a umowa rozliczona.")).toBeVisible();
    await page.goto(`/urzad/umowy/${contractId}`);
    await expect(page.getByText("Rozliczona").first()).toBeVisible();
  });
});
