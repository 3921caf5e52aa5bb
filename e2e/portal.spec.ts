import { COORDINATOR, expect, expectAccessible, logIn, test } from "./helpers";

/**
 * The public portal (issue 6, first part): the NGO base search and profiles, the 1.5 % page, the
 * downloads and the open-data API, with JavaScript and without it. Every page visited is scanned
 * with axe (WCAG 2.1 AA) by the `test` fixture.
 */

/** The demo's verified OPPs seated in Częstochowa (demo/seed-organizations.server.ts). */
const DEMO_LOCAL_OPPS = [
  "Caritas Archidiecezji Częstochowskiej",
  "Fundacja Chrześcijańska „Adullam”",
  "Fundacja Oczami Brata",
  "Polskie Stowarzyszenie na rzecz Osób z Niepełnosprawnością Intelektualną Koło w Częstochowie",
  "Stowarzyszenie Opieki Hospicyjnej Ziemi Częstochowskiej",
  "Stowarzyszenie Wzajemnej Pomocy „AGAPE”",
  "Towarzystwo Opieki nad Zwierzętami w Polsce Oddział w Częstochowie",
];

test("a visitor finds organisations by area and district and opens a profile with public fields only", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Szukaj w bazie organizacji" }).fill("hospicyjnj");
  await page.getByRole("button", { name: "Szukaj", exact: true }).click();
  await expect(page).toHaveURL(/\/organizacje\?q=hospicyjnj$/);
  await expect(page.getByRole("status")).toHaveText("Znaleziono 1 organizację");

  await page.getByRole("link", { name: "Wyczyść filtry" }).click();
  await expect(page).toHaveURL(/\/organizacje$/);
  await expect(page.getByRole("status")).toHaveText(/^Znaleziono \d+ organizacj/);
  await page
    .getByLabel("Sfera pożytku publicznego")
    .selectOption({ label: "Kultura, sztuka, ochrona dóbr kultury i dziedzictwa narodowego" });
  await page.getByLabel("Dzielnica").selectOption("Stare Miasto");
  await page.getByRole("button", { name: "Szukaj", exact: true }).click();
  await expect(page).toHaveURL(/\/organizacje\?area=culture&district=Stare\+Miasto$/);
  // Fundacja Teatr Papahema and Częstochowskie Stowarzyszenie Plastyków; the pending Instytut Rozwoju Sztuki is not public.
  await expect(page.getByRole("status")).toHaveText("Znaleziono 2 organizacje");
  await expect(page.getByText("Instytut Rozwoju Sztuki")).toHaveCount(0);

  await page.getByRole("link", { name: "Fundacja Teatr Papahema" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fundacja Teatr Papahema");
  await expect(page.getByRole("heading", { name: "Dotacje" })).toBeVisible();
  // The demo organisations keep their phone numbers internal.
  await expect(page.getByText("Telefon")).toHaveCount(0);
  await expect(page.getByText("+48 34")).toHaveCount(0);

  // Visited so that the fixture scans them too: a refused parameter and a later page.
  await page.goto("/organizacje?area=%3Cscript%3E");
  await expect(page.getByRole("alert")).toContainText("Sfera pożytku publicznego");
  await page.goto("/organizacje?pageSize=5&page=2");
  await expect(page.getByText("Strona 2 z")).toBeVisible();
});

test("the 1.5 % page lists exactly the local OPPs and copies a KRS number", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/jeden-i-pol-procent");
  const names = await page.getByRole("table").first().locator("tbody th").allInnerTexts();
  expect(names.sort()).toEqual([...DEMO_LOCAL_OPPS].sort());
  await expect(page.getByText("7 organizacji")).toBeVisible();
  const row = page.getByRole("row", { name: /Caritas/ });
  const krs = (await row.locator("code").textContent()) ?? "";
  await row.getByRole("button", { name: /Kopiuj/ }).click();
  await expect(page.getByText(`Skopiowano numer KRS ${krs}.`)).toBeVisible();
  await expectAccessible(page);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(krs);
  await expect(page.getByRole("cell", { name: "111 000" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "2 367 202,00 zł" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  // Only `context` is used: the `page` fixture scans with axe, which needs JavaScript (the same
  // pages are scanned by the tests above, with JavaScript on).

  test("the search form, pages and downloads work and the KRS numbers are plain text", async ({
    context,
    request,
  }) => {
    const page = await context.newPage();
    await page.goto("/organizacje");
    await page.getByLabel("Forma prawna").selectOption({ label: "Fundacja" });
    await page.getByRole("checkbox", { name: /Tylko organizacje pożytku publicznego/ }).check();
    await page.getByRole("button", { name: "Szukaj", exact: true }).click();
    await expect(page).toHaveURL(/\/organizacje\?legalForm=foundation&opp=true$/);
    await expect(page.getByRole("status")).toHaveText("Znaleziono 2 organizacje");
    const csvHref = await page.getByRole("link", { name: /CSV/ }).getAttribute("href");
    expect(csvHref).toBe("/organizacje.csv?legalForm=foundation&opp=true");
    const csv = await (await request.get(csvHref!)).text();
    expect(csv.trim().split("\r\n")).toHaveLength(3);

    await page.goto("/organizacje?pageSize=5");
    await page.getByRole("link", { name: "Następna strona" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText("Strona 2 z")).toBeVisible();

    await page.goto("/organizacje?area=%3Cscript%3E");
    await expect(page.getByRole("alert")).toContainText("Sfera pożytku publicznego");

    await page.goto("/jeden-i-pol-procent");
    await expect(page.getByRole("button", { name: /Kopiuj/ })).toHaveCount(0);
    await expect(page.locator("td.krs-cell code").first()).toHaveText(/^\d{10}$/);
  });
});

test("the open-data API answers JSON with CORS and documents itself", async ({ request }) => {
  const doc = await request.get("/api/v1/openapi.json");
  expect(doc.status()).toBe(200);
  expect((await doc.json()).openapi).toBe("3.1.0");
  const list = await request.get("/api/v1/organizations?area=health&pageSize=100000");
  expect(list.headers()["access-control-allow-origin"]).toBe("*");
  expect(list.headers()["cache-control"]).toBe("public, max-age=60");
  expect((await list.json()).pageSize).toBe(100);
  expect((await request.get("/api/v1/organizations?page=abc")).status()).toBe(400);
});

test("the coordinator adds a year of campaign figures; a wrong amount is refused next to its cell", async ({
  page,
}) => {
  await logIn(page, COORDINATOR, { returnTo: "/urzad/kampania-1-5" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kampania 1,5% — dane na stronę");
  await page.getByLabel("Rok kampanii, wiersz 2").fill("2022");
  await page.getByLabel("Mieszkańcy, którzy przekazali podatek, wiersz 2").fill("115 000");
  await page.getByLabel("Łączna kwota, wiersz 2").fill("9 000 000");
  await page.getByLabel("Kwota dla lokalnych OPP, wiersz 2").fill("9 500 000");
  await page.getByRole("button", { name: "Zapisz dane" }).click();
  await expect(page.locator("#f-rows-1-local-error")).toHaveText(
    "Kwota dla lokalnych OPP nie może być większa niż kwota łączna.",
  );
  await expect(page.getByLabel("Rok kampanii, wiersz 2")).toHaveValue("2022");
  await page.getByLabel("Kwota dla lokalnych OPP, wiersz 2").fill("2 500 000,00");
  await page.getByRole("button", { name: "Zapisz dane" }).click();
  await expect(page.getByText("Dane kampanii zapisane.")).toBeVisible();
  await page.getByRole("link", { name: "Zobacz stronę kampanii" }).click();
  await expect(page.getByRole("rowheader", { name: "2022" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edytuj dane kampanii" })).toBeVisible();
});
