import {
  COORDINATOR,
  expect,
  fieldError,
  fillFields,
  labelled,
  NGO_OWNER,
  storageStateFor,
  test,
} from "./helpers";
import { sinkMessagesTo } from "./sink";

/**
 * News, feeds and the contact forms (issue 6): a visitor reads news and finds the feeds, an
 * organisation submits news with a picture and the coordinator approves it, the contact and
 * "report an error" forms work without JavaScript and land in the coordinator's inbox. Every
 * page visited with JavaScript on is scanned with axe by the `test` fixture.
 */

/** A 1×1 transparent PNG: a real picture the browser can show. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

test("a visitor reads the news from the home page and finds the RSS and Atom feeds", async ({
  page,
  request,
}) => {
  await page.goto("/");
  const latest = page.getByRole("region", { name: "Aktualności" });
  await expect(latest.getByRole("listitem")).toHaveCount(3);
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    "href",
    "/news.xml",
  );
  await latest.getByRole("link", { name: "Wszystkie aktualności" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aktualności");
  await page.getByRole("link", { name: /Spektakl integracyjny/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Spektakl integracyjny „Zobaczyć więcej”/);
  await expect(page.getByRole("link", { name: "Fundacja Oczami Brata" })).toBeVisible();
  await expect(page.getByText("Wstęp wolny", { exact: false }).first()).toBeVisible();
  // The news waiting for moderation is nowhere public.
  await page.goto("/aktualnosci");
  await expect(page.getByText("Warsztaty teatralne dla młodzieży")).toHaveCount(0);

  const rss = await request.get("/news.xml");
  expect(rss.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
  const rssText = await rss.text();
  expect(rssText).toContain('<rss version="2.0"');
  expect(rssText).toMatch(/<link>http:\/\/localhost:\d+\/aktualnosci\/[0-9a-f-]{36}<\/link>/);
  expect(rssText).not.toContain("Warsztaty teatralne dla młodzieży");
  const atom = await request.get("/news.atom");
  expect(atom.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  expect(await atom.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  const api = await (await request.get("/api/v1/news?pageSize=2")).json();
  expect(api.items).toHaveLength(2);
  expect(api.total).toBe(4);
});

test("an organisation submits news with a picture and the coordinator approves it", async ({ actors }) => {
  const title = `Dzień otwarty fundacji ${Date.now().toString(36)}`;
  const member = await actors.open(NGO_OWNER);
  await member.goto("/aktualnosci/zglos");
  await fillFields(member, {
    Tytuł: title,
    Zajawka: "Zapraszamy do siedziby fundacji.",
    Treść: "Pierwszy akapit.\n\n<script>alert(1)</script> zostaje tekstem.",
  });
  await labelled(member, "Zdjęcie (nieobowiązkowe)").setInputFiles({
    name: "dzien.png",
    mimeType: "image/png",
    buffer: PNG,
  });
  await member.getByRole("button", { name: "Wyślij do moderacji" }).click();
  await expect(await fieldError(member, "Opis zdjęcia (tekst alternatywny)")).toContainText(
    "tekst alternatywny",
  );
  await expect(labelled(member, "Tytuł")).toHaveValue(title);
  await labelled(member, "Opis zdjęcia (tekst alternatywny)").fill("Drzwi siedziby fundacji");
  await labelled(member, "Zdjęcie (nieobowiązkowe)").setInputFiles({
    name: "dzien.png",
    mimeType: "image/png",
    buffer: PNG,
  });
  await member.getByRole("button", { name: "Wyślij do moderacji" }).click();
  await expect(member.getByText("Aktualność czeka na zatwierdzenie przez koordynatora.")).toBeVisible();

  const coordinator = await actors.open(COORDINATOR);
  await coordinator.goto("/urzad/aktualnosci");
  const item = coordinator.getByRole("article", { name: title });
  await expect(item.getByRole("img", { name: "Drzwi siedziby fundacji" })).toBeVisible();
  await item.getByRole("button", { name: "Zatwierdź i opublikuj" }).click();
  await expect(coordinator.getByText("Aktualność została zatwierdzona i opublikowana.")).toBeVisible();
  await expect(coordinator.getByRole("article", { name: title })).toHaveCount(0);

  const visitor = await actors.open(null);
  await visitor.goto("/aktualnosci");
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByText("<script>alert(1)</script> zostaje tekstem.")).toBeVisible();
  await expect(visitor.getByRole("img", { name: "Drzwi siedziby fundacji" })).toBeVisible();
  // The approval reaches the organisation's owner by real SMTP (the suite's mail sink).
  const mails = await sinkMessagesTo(NGO_OWNER, { subject: new RegExp(title) });
  expect(mails.at(-1)?.subject).toBe(`Opublikowano aktualność: ${title}`);
});

test.describe("without JavaScript", () => {
  test("an organisation submits news (multipart form) and the coordinator approves it", async ({
    browser,
  }) => {
    const title = `Zbiórka bez JavaScriptu ${Date.now().toString(36)}`;
    const member = await browser.newContext({
      storageState: await storageStateFor(browser, NGO_OWNER),
      javaScriptEnabled: false,
    });
    const page = await member.newPage();
    await page.goto("/aktualnosci/zglos");
    await fillFields(page, { Tytuł: title, Zajawka: "Krótko.", Treść: "" });
    await labelled(page, "Zdjęcie (nieobowiązkowe)").setInputFiles({
      name: "zbiorka.gif",
      mimeType: "image/png",
      buffer: Buffer.from("GIF89a"),
    });
    await page.getByRole("button", { name: "Wyślij do moderacji" }).click();
    await expect(await fieldError(page, "Treść")).toBeVisible();
    await expect(await fieldError(page, "Zdjęcie (nieobowiązkowe)")).toContainText("JPG albo PNG");
    await expect(labelled(page, "Tytuł")).toHaveValue(title);
    await fillFields(page, { Treść: "Zbieramy dary w sobotę." });
    await page.getByRole("button", { name: "Wyślij do moderacji" }).click();
    await expect(page.getByText("Aktualność czeka na zatwierdzenie przez koordynatora.")).toBeVisible();
    await member.close();

    const office = await browser.newContext({
      storageState: await storageStateFor(browser, COORDINATOR),
      javaScriptEnabled: false,
    });
    const moderation = await office.newPage();
    await moderation.goto("/urzad/aktualnosci");
    const item = moderation.getByRole("article", { name: title });
    await item.getByRole("button", { name: "Odrzuć" }).click();
    // Several items have a reason field: the error is looked for in this item's form.
    await expect(moderation.getByRole("article", { name: title }).locator(".field__error")).toBeVisible();
    await moderation
      .getByRole("article", { name: title })
      .getByRole("button", { name: "Zatwierdź i opublikuj" })
      .click();
    await expect(moderation.getByText("Aktualność została zatwierdzona i opublikowana.")).toBeVisible();
    await office.close();
  });

  test("the contact and error forms work, keep typed values and reach the coordinator's inbox", async ({
    browser,
    actors,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const subject = `Pytanie o konkurs ${Date.now().toString(36)}`;
    await page.goto("/kontakt");
    await fillFields(page, { "Imię i nazwisko": "Jan Mieszkaniec", "Adres e-mail": "to-nie-adres" });
    await page.getByRole("button", { name: "Wyślij wiadomość" }).click();
    await expect(await fieldError(page, "Adres e-mail")).toBeVisible();
    await expect(await fieldError(page, "Temat")).toBeVisible();
    await expect(labelled(page, "Imię i nazwisko")).toHaveValue("Jan Mieszkaniec");
    await fillFields(page, {
      "Adres e-mail": "jan@example.pl",
      Temat: subject,
      Wiadomość: "Czy stowarzyszenie zwykłe może złożyć ofertę?",
    });
    await page.getByRole("button", { name: "Wyślij wiadomość" }).click();
    await expect(page.getByText("Dziękujemy, wiadomość została wysłana do koordynatora.")).toBeVisible();

    await page.goto("/zglos-blad?strona=%2Forganizacje");
    await expect(labelled(page, "Adres strony z błędem")).toHaveValue(/\/organizacje$/);
    await fillFields(page, {
      "Imię i nazwisko": "Jan Mieszkaniec",
      "Adres e-mail": "jan@example.pl",
      Temat: "Nieaktualny adres",
      Wiadomość: "Adres stowarzyszenia jest nieaktualny.",
    });
    await page.getByRole("button", { name: "Wyślij zgłoszenie" }).click();
    await expect(page.getByText("Dziękujemy, wiadomość została wysłana do koordynatora.")).toBeVisible();
    await context.close();

    const coordinator = await actors.open(COORDINATOR);
    await coordinator.goto("/urzad/skrzynka");
    const message = coordinator.getByRole("article", { name: `Wiadomość: ${subject}` });
    await expect(message).toContainText("jan@example.pl");
    await expect(
      coordinator.getByRole("article", { name: "Zgłoszenie błędu: Nieaktualny adres" }),
    ).toBeVisible();
    await message.getByRole("button", { name: "Oznacz jako załatwioną" }).click();
    await expect(coordinator.getByText("Wiadomość oznaczono jako załatwioną.")).toBeVisible();
    await expect(coordinator.getByRole("article", { name: `Wiadomość: ${subject}` })).toHaveCount(0);
  });
});
