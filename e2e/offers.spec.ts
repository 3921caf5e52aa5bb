import { DECLARATION_KEYS } from "../domain/offers/sections";
import { expect, labelled, logIn, NGO_EDITOR, NGO_OWNER, test } from "./helpers";
import {
  AGAPE,
  AGAPE_KRS,
  control,
  plusDays,
  press,
  RESPITE,
  respiteCompetition,
  save,
  setDate,
  startOffer,
  tabAndPress,
  typeFields,
  typeInto,
} from "./offer-steps";
import { pdfText, setServerClockOffset, sinkMessagesTo } from "./sink";

/*
 * Offers in open competitions (issue 3), in Chromium by keyboard: an NGO owner fills the whole
 * official form (II–VII) with a joint partner, sees a too-low own contribution flagged next to the
 * field, fixes it, attaches the required files and submits; the receipt shows the number and the
 * checksum, the mailed PDF (from the SMTP sink) carries both on every page, and a second submit of
 * the same revision adds nothing. One second after the deadline a submission is refused with the
 * reason while the draft stays readable. Section forms work without JavaScript. Another
 * organisation's member gets 403, an unknown offer 404. Every visited page is scanned with axe.
 * (Publishing a competition and the 20-day refusal: competitions.spec.ts.)
 */

test.describe("an NGO's offer", () => {
  test.use({ loggedInAs: NGO_OWNER });

  test("a complete joint offer: own contribution flagged and fixed, submitted, receipt and PDF by mail, a repeat adds nothing", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const competition = await respiteCompetition(page);
    const start = plusDays(competition.taskPeriod.start, 17);
    const end = plusDays(competition.taskPeriod.end, -31);

    // From the public list to the announcement and "Złóż ofertę".
    await page.goto("/konkursy?status=open");
    await press(page, page.getByRole("link", { name: RESPITE }).first());
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(competition.title);
    await press(page, page.getByRole("link", { name: "Złóż ofertę" }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nowa oferta");
    await expect(page.getByText("Ofertę złożysz w imieniu organizacji Fundacja Oczami Brata.")).toBeVisible();
    await tabAndPress(page, page.getByRole("button", { name: "Rozpocznij ofertę" }));
    await expect(page.getByText("Rozpoczęto ofertę.")).toBeVisible();
    const offerId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
    const base = `/panel/oferty/${offerId}`;

    // II: the person to contact.
    await page.goto(`${base}/oferenci`);
    await typeFields(page, {
      contactName: "Anna Nowak",
      contactFunction: "Koordynatorka projektów",
      contactPhone: "+48 34 360 12 20",
      contactEmail: "anna.nowak@example.pl",
    });
    await save(page);

    // III: the task, two actions and two results.
    await page.goto(`${base}/opis`);
    await typeInto(page, control(page, "title"), "Wytchnienie dla opiekunów — Śródmieście");
    await setDate(control(page, "startDate"), start);
    await setDate(control(page, "endDate"), end);
    await typeFields(page, {
      place: "Częstochowa, ul. Warszawska 10 (lokal bez barier) oraz domy uczestników.",
      targetGroup: "Opiekunowie osób z niepełnosprawnościami mieszkający w Częstochowie.",
      summary:
        "Opieka wytchnieniowa w formie pobytu dziennego i poradnictwa, by opiekunowie mogli odpocząć i zadbać o siebie.",
      "actions.0.name": "Pobyt dzienny",
      "actions.0.description": "Opieka nad osobą z niepełnosprawnością w dzień, do 8 godzin.",
      "actions.0.targetGroup": "Osoby z niepełnosprawnościami",
    });
    await setDate(control(page, "actions.0.start"), start);
    await setDate(control(page, "actions.0.end"), end);
    await press(page, page.getByRole("button", { name: "Dodaj wiersz: działanie" }));
    await expect(control(page, "actions.1.name")).toBeFocused();
    await page.keyboard.type("Poradnictwo specjalistyczne");
    await typeInto(page, control(page, "actions.1.description"), "Konsultacje psychologa i prawnika.");
    await setDate(control(page, "actions.1.start"), start);
    await setDate(control(page, "actions.1.end"), end);
    await typeFields(page, {
      resultsProduced: "1000 godzin opieki wytchnieniowej i 200 godzin poradnictwa.",
      resultsChange: "Opiekunowie odzyskują siły i lepiej radzą sobie z codzienną opieką.",
      resultsDurability:
        "Uczestnicy znają miejsca wsparcia i korzystają z nich także po zakończeniu zadania.",
      "indicators.0.name": "Godziny opieki",
      "indicators.0.target": "1000",
      "indicators.0.monitoring": "Karty pobytu podpisane przez opiekunów.",
    });
    await press(page, page.getByRole("button", { name: "Dodaj wiersz: rezultat" }));
    await expect(control(page, "indicators.1.name")).toBeFocused();
    await page.keyboard.type("Liczba opiekunów");
    await typeFields(page, {
      "indicators.1.target": "60",
      "indicators.1.monitoring": "Lista uczestników.",
    });
    await save(page);
    await expect(control(page, "actions.1.name")).toHaveValue("Poradnictwo specjalistyczne");

    // IV: experience and resources.
    await page.goto(`${base}/charakterystyka`);
    await typeFields(page, {
      experience: "Od 2015 r. prowadzimy zajęcia dla osób niewidomych i ich rodzin w Częstochowie.",
      resources: "Dwie opiekunki z kwalifikacjami, psycholog, lokal przy ul. Warszawskiej 10.",
    });
    await save(page);

    // A joint offer: AGAPE found by its KRS number.
    await page.goto(`${base}/partnerzy`);
    await typeInto(page, labelled(page, "Numer KRS lub NIP organizacji partnerskiej"), AGAPE_KRS);
    await tabAndPress(page, page.getByRole("button", { name: "Dodaj partnera" }));
    await expect(page.getByText("Dodano partnera oferty wspólnej.")).toBeVisible();
    await expect(page.getByRole("cell", { name: AGAPE })).toBeVisible();

    // V: three cost rows (action 1, action 2, administration), 100 000,00 zł in all.
    await page.goto(`${base}/koszty`);
    const rows = [
      { action: 1, name: "Wynagrodzenie opiekunek", unit: "godzina", unitCost: "62,00", units: "1000" },
      { action: 2, name: "Konsultacje specjalistów", unit: "godzina", unitCost: "150,00", units: "200" },
      { action: 0, name: "Koordynacja zadania", unit: "miesiąc", unitCost: "1 000,00", units: "8" },
    ];
    for (const [i, row] of rows.entries()) {
      if (i > 0) {
        await press(page, page.getByRole("button", { name: "Dodaj wiersz: koszt" }));
        await expect(control(page, `rows.${i}.action`)).toBeFocused();
      }
      // The action: a select moved by the arrow keys (the first option is the administrative costs).
      await control(page, `rows.${i}.action`).focus();
      for (let n = 0; n < row.action; n++) await page.keyboard.press("ArrowDown");
      await expect(control(page, `rows.${i}.action`)).toHaveValue(row.action ? String(row.action) : "");
      await typeFields(page, {
        [`rows.${i}.name`]: row.name,
        [`rows.${i}.unit`]: row.unit,
        [`rows.${i}.unitCost`]: row.unitCost,
        [`rows.${i}.units`]: row.units,
      });
    }
    await expect(control(page, "rows.0.value")).toHaveText("62 000,00 zł");
    const grandTotal = page.getByRole("row", { name: /Suma wszystkich kosztów realizacji zadania/ }).first();
    await expect(grandTotal).toContainText("100 000,00 zł");

    // Sources: the own contribution is 4 % and the financial one 1 % — both below the announcement's.
    await typeFields(page, {
      "sources.grant": "96 000,00",
      "sources.financial": "1 000,00",
      "sources.personal": "3 000,00",
    });
    const ownError = control(page, "sources.own-error");
    const financialError = control(page, "sources.financial-error");
    await expect(ownError).toHaveText(
      /^Wkład własny stanowi 4,00\s% kosztów, a ogłoszenie wymaga co najmniej 5,00\s%\.$/,
    );
    await expect(control(page, "sources.own")).toHaveAttribute("aria-describedby", "f-sources.own-error");
    await expect(financialError).toContainText(/co najmniej 2,00\s%/);
    await expect(control(page, "sources.financial")).toHaveAttribute(
      "aria-describedby",
      "f-sources.financial-error",
    );
    // V.C: the split between the two offerors (the leader first).
    await expect(page.getByLabel("Fundacja Oczami Brata", { exact: true })).toBeVisible();
    await typeFields(page, { "split.0.amount": "70 000,00", "split.1.amount": "30 000,00" });
    await save(page);
    // Saved with the issues; the server's page shows them next to the fields too.
    await expect(ownError).toContainText(/co najmniej 5,00\s%/);
    await expect(financialError).toContainText(/co najmniej 2,00\s%/);
    await expect(control(page, "sources.grant")).toHaveValue(/^96\s000,00$/);

    // Fixed: 6 % own, 3 % of it financial; the issues go away as the person types.
    await typeFields(page, { "sources.grant": "94 000,00", "sources.financial": "3 000,00" });
    await expect(ownError).toHaveCount(0);
    await expect(financialError).toHaveCount(0);
    await expect(page.locator("#unallocated-b").locator("..")).toContainText("0,00 zł");
    await save(page);
    await expect(ownError).toHaveCount(0);
    await expect(control(page, "split.1.amount")).toHaveValue(/^30\s000,00$/);

    // VI: other information, with the partners' roles of a joint offer.
    await page.goto(`${base}/inne`);
    await typeFields(page, {
      partnersRoles:
        "Fundacja Oczami Brata prowadzi działanie 1 i reprezentuje oferentów; AGAPE — działanie 2.",
      accessibility:
        "Lokal na parterze bez progów, pętla indukcyjna, informacje w tekście łatwym do czytania.",
    });
    await save(page);

    // VII: every declaration ticked with the space bar.
    await page.goto(`${base}/oswiadczenia`);
    for (const key of DECLARATION_KEYS) {
      await control(page, key).focus();
      await page.keyboard.press("Space");
      await expect(control(page, key)).toBeChecked();
    }
    await save(page);

    // The announcement's two required attachments.
    await page.goto(`${base}/zalaczniki`);
    const requirement = labelled(page, "Który to załącznik?");
    for (const [i, name] of ["odpis-z-rejestru.pdf", "pelnomocnictwo.pdf"].entries()) {
      await page.locator("#f-file").setInputFiles({
        name,
        mimeType: "application/pdf",
        buffer: Buffer.from(`%PDF-1.4\n% ${name}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`),
      });
      await requirement.focus();
      await page.keyboard.press("Home");
      for (let n = 0; n < i; n++) await page.keyboard.press("ArrowDown");
      await expect(requirement).not.toHaveValue("");
      await tabAndPress(page, page.getByRole("button", { name: "Dodaj plik" }));
      await expect(page.getByText("Plik został dodany do oferty.")).toBeVisible();
    }
    await expect(page.getByText("brak", { exact: true })).toHaveCount(0);

    // The overview: complete, nothing against the announcement; a second tab keeps the form.
    await page.goto(base);
    await expect(page.getByText("Warunki konkursu, których oferta jeszcze nie spełnia")).toHaveCount(0);
    const secondTab = await page.context().newPage();
    await secondTab.goto(base);
    await tabAndPress(page, page.getByRole("button", { name: "Złóż ofertę" }));
    const receipt = page.getByTestId("offer-receipt");
    await expect(receipt).toContainText("Oferta złożona");
    const text = (await receipt.textContent()) ?? "";
    const match = /Numer potwierdzenia (\S+), suma kontrolna ([0-9A-F]{8}(?: [0-9A-F]{8}){7}), złożona/.exec(
      text,
    );
    if (!match) throw new Error(`no receipt number and checksum in: ${text}`);
    const [, receiptNumber = "", checksum = ""] = match;
    const history = page.getByRole("region", { name: "Historia złożeń" });
    await expect(history.getByRole("row")).toHaveCount(2);
    await expect(history.getByRole("rowheader", { name: receiptNumber })).toBeVisible();
    await expect(history.getByText(checksum)).toBeVisible();

    // The mail to the owner carries the PDF with the receipt number and checksum on every page.
    const subject = new RegExp(`Potwierdzenie złożenia oferty ${receiptNumber.replace(/[/.]/g, "\\$&")}`);
    const [mail] = await sinkMessagesTo(NGO_OWNER, { subject });
    if (!mail) throw new Error(`no confirmation mail for ${receiptNumber}`);
    expect(mail.text).toContain(checksum);
    const pdf = mail.attachments.find((a) => a.contentType.startsWith("application/pdf"));
    if (!pdf) throw new Error("the confirmation mail has no PDF");
    const pages = pdfText(pdf.base64)
      .split("\f")
      .map((p) => p.replace(/\s+/g, " "))
      .filter((p) => p.trim() !== "");
    expect(pages.length).toBeGreaterThan(1);
    for (const [n, pageText] of pages.entries()) {
      expect(pageText, `PDF page ${n + 1}`).toContain(receiptNumber);
      expect(pageText, `PDF page ${n + 1}`).toContain(checksum);
    }

    // The same revision submitted again (from the tab opened before): the same receipt, nothing new.
    await press(secondTab, secondTab.getByRole("button", { name: "Złóż ofertę" }));
    const repeated = secondTab.getByTestId("offer-receipt");
    await expect(repeated).toContainText("Oferta była już złożona");
    await expect(repeated).toContainText("Ta wersja oferty była już złożona — nic nowego nie zapisano.");
    await expect(repeated).toContainText(receiptNumber);
    await expect(repeated).toContainText(checksum);
    await expect(secondTab.getByRole("region", { name: "Historia złożeń" }).getByRole("row")).toHaveCount(2);
    await secondTab.close();
    await page.reload();
    await expect(history.getByRole("row")).toHaveCount(2);
    expect(await sinkMessagesTo(NGO_OWNER, { subject, timeoutMs: 1_500, atLeast: 2 })).toHaveLength(1);
  });

  test("one second after the deadline a submission is refused with the reason; the draft stays readable", async ({
    page,
    actors,
  }) => {
    const competition = await respiteCompetition(page);
    const offerId = await startOffer(page, competition.id);
    const base = `/panel/oferty/${offerId}`;
    await page.goto(`${base}/opis`);
    await typeInto(page, control(page, "title"), "Oferta złożona za późno");
    await typeInto(page, control(page, "place"), "Częstochowa");
    await save(page);

    const deadline = new Date(competition.deadline).getTime();
    const serverAt = (msFromDeadline: number) => setServerClockOffset(deadline + msFromDeadline - Date.now());
    try {
      // Member sessions last 7 days: log in again on the moved clock (a fresh browser).
      await serverAt(-60_000);
      const late = await actors.open(null);
      await logIn(late, NGO_OWNER, { returnTo: base });
      await late.goto(base);
      const submit = late.getByRole("button", { name: "Złóż ofertę" });
      await expect(submit).toBeVisible();

      // Two seconds before the deadline the call is open: refused for completeness, not for time.
      await serverAt(-2_000);
      await press(late, submit);
      await expect(late.getByRole("alert")).toContainText(/Oferty nie złożono: \d+ rzecz/);
      await expect(late.getByText(/Termin składania ofert minął/)).toHaveCount(0);

      // One second after: refused with the reason, and the draft is kept.
      await serverAt(1_000);
      await press(late, submit);
      await expect(late.getByRole("alert")).toContainText(
        /Termin składania ofert minął \(.+\)\. Oferta nie została złożona; wersja robocza pozostaje zapisana do wglądu\./,
      );
      await late.goto(base);
      await expect(late.getByRole("button", { name: "Złóż ofertę" })).toHaveCount(0);
      await expect(
        late.getByText("Termin składania ofert minął — oferty nie można już złożyć."),
      ).toBeVisible();
      await late.goto(`${base}/opis`);
      await expect(control(late, "title")).toHaveValue("Oferta złożona za późno");
      await expect(control(late, "place")).toHaveValue("Częstochowa");
      await expect(control(late, "title")).toBeDisabled();
      await expect(
        late.getByText(/Termin składania ofert minął; wersja robocza pozostaje do wglądu/),
      ).toBeVisible();
    } finally {
      await setServerClockOffset(0);
    }
  });

  test("another organisation's member gets 403 on this offer; an unknown offer is 404", async ({
    page,
    actors,
  }) => {
    const competition = await respiteCompetition(page);
    const offerId = await startOffer(page, competition.id);
    const stranger = await actors.open(NGO_EDITOR);
    const refused = await stranger.goto(`/panel/oferty/${offerId}`);
    expect(refused?.status()).toBe(403);
    await expect(stranger.getByRole("heading", { level: 1 })).toHaveText("Brak dostępu");
    await expect(stranger.getByText("Oferta bez tytułu")).toHaveCount(0);
    const section = await stranger.goto(`/panel/oferty/${offerId}/koszty`);
    expect(section?.status()).toBe(403);
    const missing = await stranger.goto(`/panel/oferty/${crypto.randomUUID()}`);
    expect(missing?.status()).toBe(404);
    await expect(stranger.getByRole("heading", { level: 1 })).toHaveText("Nie znaleziono strony");
  });
});

test.describe("without JavaScript", () => {
  test.use({ loggedInAs: NGO_OWNER, javaScriptEnabled: false });

  test("'Dodaj wiersz' saves and adds a row; a refused save keeps the typed text with the error by the field", async ({
    context,
  }) => {
    const page = await context.newPage();
    const competition = await respiteCompetition(page);
    const offerId = await startOffer(page, competition.id);
    await page.goto(`/panel/oferty/${offerId}/koszty`);
    await typeFields(page, {
      "rows.0.name": "Materiały plastyczne",
      "rows.0.unitCost": "12,50",
      "rows.0.units": "4",
    });
    await press(page, page.getByRole("button", { name: "Dodaj wiersz: koszt" }));
    await expect(control(page, "rows.1.action")).toBeFocused();
    await expect(control(page, "rows.0.name")).toHaveValue("Materiały plastyczne");
    // The row's value is computed by the server once saved.
    await expect(control(page, "rows.0.value")).toHaveText("50,00 zł");

    await typeFields(page, { "rows.1.name": "Wynajem sali", "rows.1.unitCost": "dwanaście złotych" });
    await press(page, page.getByRole("button", { name: "Zapisz", exact: true }));
    await expect(control(page, "rows.1.unitCost")).toHaveValue("dwanaście złotych");
    await expect(control(page, "rows.1.name")).toHaveValue("Wynajem sali");
    await expect(control(page, "rows.1.unitCost")).toHaveAttribute("aria-invalid", "true");
    await expect(control(page, "rows.1.unitCost")).toHaveAttribute(
      "aria-describedby",
      "f-rows.1.unitCost-error",
    );
    await expect(control(page, "rows.1.unitCost-error")).not.toBeEmpty();
    await expect(page.getByRole("link", { name: /Koszt jednostkowy \[PLN\], wiersz 2/ })).toBeVisible();
  });
});
