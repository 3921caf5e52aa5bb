import type { Page } from "@playwright/test";
import ICAL from "ical.js";
import { COORDINATOR, expect, fieldError, fillFields, labelled, NGO_OWNER, test } from "./helpers";
import { sinkMessagesTo } from "./sink";

/**
 * The calendar (issue 6): a visitor browses the month and the list, opens a training, registers
 * (also without JavaScript), gets the confirmation mail and downloads the .ics; the coordinator
 * creates a training and it reaches the feed. Pages visited with JavaScript on are scanned by axe.
 */

const TRAINING = "Szkolenie: jak rozliczyć dotację";
const DAY_MS = 86_400_000;

/** "2026-12" of the Warsaw month `days` from now (the demo training is 9 days ahead). */
function monthIn(days: number): string {
  const date = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(
    new Date(Date.now() + days * DAY_MS),
  );
  return date.slice(0, 7);
}

/** "2026-12-24T10:00" `days` from now, for a datetime-local field. */
function localIn(days: number, time: string): string {
  const date = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(
    new Date(Date.now() + days * DAY_MS),
  );
  return `${date}T${time}`;
}

const unique = () => Date.now().toString(36);

async function openTraining(page: Page): Promise<string> {
  await page.goto(`/kalendarz?miesiac=${monthIn(9)}&widok=lista&kategoria=training`);
  await page.getByRole("link", { name: TRAINING }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TRAINING);
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}

test("a visitor browses the month and the list, registers for a training and gets the .ics", async ({
  page,
  request,
}) => {
  await page.goto("/");
  await expect(page.locator('head link[rel="alternate"][type="text/calendar"]')).toHaveAttribute(
    "href",
    "/kalendarz.ics",
  );
  await page.getByRole("banner").getByRole("link", { name: "Kalendarz" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kalendarz");
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByRole("columnheader")).toHaveCount(7);

  // The month of the training, as a grid; then the list view through the filter form.
  await page.goto(`/kalendarz?miesiac=${monthIn(9)}`);
  await expect(page.getByRole("table").getByRole("link", { name: TRAINING })).toBeVisible();
  await page.getByRole("radio", { name: "Lista" }).check();
  await page.getByRole("checkbox", { name: "Szkolenia i webinaria" }).check();
  await page.getByRole("button", { name: "Pokaż" }).click();
  await expect(page).toHaveURL(/widok=lista/);
  await expect(page).toHaveURL(/kategoria=training/);
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByText("Posiedzenie Częstochowskiej Rady")).toHaveCount(0);

  const id = await openTraining(page);
  await expect(page.getByText(/Miejsc: 20/)).toBeVisible();
  const email = `uczestnik-${unique()}@example.pl`;
  await fillFields(page, { "Imię i nazwisko": "Anna Uczestniczka", "Adres e-mail": email });
  await page.getByRole("checkbox", { name: /Zgadzam się/ }).check();
  await page.getByRole("button", { name: "Zapisz się" }).click();
  await expect(page.getByText("Zapisaliśmy Cię. Potwierdzenie wysłaliśmy e-mailem.")).toBeVisible();
  await expect(page.getByText(/zajętych: 1/)).toBeVisible();

  const [mail] = await sinkMessagesTo(email, { subject: /Potwierdzenie zgłoszenia/ });
  expect(mail?.text).toContain(`/kalendarz/${id}.ics`);

  const ics = await request.get(`/kalendarz/${id}.ics`);
  expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const text = await ics.text();
  expect(text).toContain("BEGIN:VCALENDAR\r\n");
  expect(text).toContain(`SUMMARY:${TRAINING}\r\n`);
  expect(text).toMatch(/DTSTART:\d{8}T\d{6}Z\r\n/);
  const feed = await (await request.get("/kalendarz.ics?kategoria=training")).text();
  expect(feed).toContain(`UID:event-${id}@localhost`);
  // What a subscriber's calendar sees: the feed read by an iCalendar library contains the event.
  const parsed = new ICAL.Component(ICAL.parse(feed));
  const training = parsed
    .getAllSubcomponents("vevent")
    .map((c) => new ICAL.Event(c))
    .find((e) => e.uid === `event-${id}@localhost`);
  expect(training?.summary).toBe(TRAINING);
  expect(training?.startDate.toJSDate().getTime()).toBeGreaterThan(Date.now());

  // The cancellation link from the mail asks first, then frees the place once.
  const link = /https?:\/\/\S+rezygnacja=\S+/.exec(mail?.text ?? "")?.[0] ?? "";
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ""));
  await page.getByRole("button", { name: "Tak, rezygnuję" }).click();
  await expect(page.getByText("Zrezygnowałeś z udziału.", { exact: false })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test("a visitor registers: errors next to the fields, typed values kept", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await openTraining(page);
    const email = `bez-js-${unique()}@example.pl`;
    await fillFields(page, { "Imię i nazwisko": "Jan Bez Skryptów", "Adres e-mail": email });
    await page.getByRole("button", { name: "Zapisz się" }).click();
    await expect(page.locator("#f-consent-error")).toHaveText("Zaznacz zgodę, aby się zapisać.");
    await expect(labelled(page, "Imię i nazwisko")).toHaveValue("Jan Bez Skryptów");
    await expect(labelled(page, "Adres e-mail")).toHaveValue(email);
    await fillFields(page, { "Adres e-mail": "to-nie-adres" });
    await page.getByRole("checkbox", { name: /Zgadzam się/ }).check();
    await page.getByRole("button", { name: "Zapisz się" }).click();
    await expect(await fieldError(page, "Adres e-mail")).toBeVisible();
    await fillFields(page, { "Adres e-mail": email });
    await page.getByRole("checkbox", { name: /Zgadzam się/ }).check();
    await page.getByRole("button", { name: "Zapisz się" }).click();
    await expect(page.getByText("Zapisaliśmy Cię. Potwierdzenie wysłaliśmy e-mailem.")).toBeVisible();
    await context.close();
    expect(await sinkMessagesTo(email, { subject: /Potwierdzenie zgłoszenia/ })).toHaveLength(1);
  });
});

test("the coordinator creates a training with places; it appears in the calendar and the feed", async ({
  actors,
  request,
}) => {
  const title = `Webinarium o sprawozdaniach ${unique()}`;
  const office = await actors.open(COORDINATOR);
  await office.goto("/urzad/kalendarz");
  const form = office.getByRole("region", { name: "Dodaj wydarzenie" });
  const field = (label: string) => form.getByLabel(new RegExp(`^${label}( \\*)?$`));
  await field("Tytuł").fill(title);
  await field("Początek").fill(localIn(30, "10:00"));
  await field("Koniec").fill(localIn(30, "09:00"));
  await field("Miejsce").fill("online");
  await field("Liczba miejsc \\(tylko szkolenia\\)").fill("2");
  await form.getByRole("button", { name: "Dodaj wydarzenie" }).click();
  await expect(office.locator("#f-endsAt-error")).toHaveText(
    "Koniec nie może być wcześniejszy niż początek.",
  );
  await expect(field("Tytuł")).toHaveValue(title);
  await field("Koniec").fill(localIn(30, "12:00"));
  await form.getByRole("button", { name: "Dodaj wydarzenie" }).click();
  await expect(office.getByText("Dodano wydarzenie do kalendarza.")).toBeVisible();
  const card = office.getByRole("article", { name: title });
  await expect(card).toContainText("Zapisy: 0 potwierdzonych, 0 na liście rezerwowej");
  await card.getByRole("link", { name: title }).click();
  await expect(office.getByText(/Miejsc: 2/)).toBeVisible();
  const feed = await (await request.get("/kalendarz.ics")).text();
  expect(feed.replace(/\r\n /g, "")).toContain(`SUMMARY:${title}`);
});

test("an organisation submits its event and the coordinator publishes it", async ({ actors }) => {
  const title = `Dzień otwarty fundacji ${unique()}`;
  const member = await actors.open(NGO_OWNER);
  await member.goto("/kalendarz");
  await member.getByRole("link", { name: "Zgłoś wydarzenie" }).click();
  await fillFields(member, { Tytuł: title, Miejsce: "ul. Kościuszki 5", Początek: localIn(20, "16:00") });
  await member.getByRole("button", { name: "Wyślij do moderacji" }).click();
  await expect(await fieldError(member, "Koniec")).toBeVisible();
  await expect(labelled(member, "Tytuł")).toHaveValue(title);
  await fillFields(member, { Koniec: localIn(20, "18:00") });
  await member.getByRole("button", { name: "Wyślij do moderacji" }).click();
  await expect(member.getByText(/Wydarzenie pojawi się w kalendarzu po akceptacji/)).toBeVisible();
  await expect(member.getByRole("listitem").filter({ hasText: title })).toContainText(
    "Oczekuje na moderację",
  );

  const office = await actors.open(COORDINATOR);
  await office.goto("/urzad/kalendarz");
  await office.getByRole("article", { name: title }).getByRole("button", { name: "Opublikuj" }).click();
  await expect(office.getByText("Opublikowano wydarzenie.")).toBeVisible();

  const visitor = await actors.open(null);
  await visitor.goto(`/kalendarz?miesiac=${monthIn(20)}&widok=lista&kategoria=organization`);
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("link", { name: "Fundacja Oczami Brata" })).toBeVisible();
});
