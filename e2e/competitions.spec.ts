import { expect, fieldError, labelled, OFFICER, test } from "./helpers";

/*
 * Competitions (issue 3, the announcement): an officer drafts and publishes by keyboard, a 20-day
 * deadline is refused with the minimum and the article, an amendment extends the deadline, the
 * public list, page, PDF and API show published competitions only. Every visited page is scanned
 * with axe (fixtures.ts).
 */

/** The Warsaw calendar date `days` from today, "2026-12-20". */
function warsawDate(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(at);
}

test.describe("office", () => {
  test.use({ loggedInAs: OFFICER });

  test("an officer drafts a competition, is refused at 20 days, publishes at 21, amends and sees it public", async ({
    page,
  }) => {
    await page.goto("/urzad");
    await page.getByRole("link", { name: "Konkursy ofert" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Konkursy ofert");
    await page.getByRole("link", { name: "Nowy konkurs" }).click();

    const title = `Klub seniora w dzielnicy — konkurs testowy ${Date.now()}`;
    await labelled(page, "Sfera zadań publicznych").selectOption("seniors");
    await labelled(page, "Nazwa zadania (tytuł konkursu)").fill(title);
    await labelled(page, "Opis zadania").fill("Zajęcia dla seniorów dwa razy w tygodniu.");
    await labelled(page, "Warunki realizacji zadania").fill("Na terenie miasta.");
    const start = warsawDate(60);
    await labelled(page, "Początek okresu realizacji zadania").fill(start);
    await labelled(page, "Koniec okresu realizacji zadania").fill(`${start.slice(0, 4)}-12-31`);
    await labelled(page, "Zasady przyznawania dotacji").fill("Dotacja do 90% kosztów.");
    await labelled(page, "Minimalny wkład własny ogółem (%)").fill("10");
    await page.getByLabel("Rok budżetowy, wiersz 1").fill(start.slice(0, 4));
    await page.getByLabel("Kwota (zł), wiersz 1").fill("50 000,00");
    await page.getByRole("checkbox", { name: "fundacja" }).check();
    await labelled(page, "Termin składania ofert").fill(`${warsawDate(20)} 15:00`);
    await labelled(page, "Tryb wyboru ofert").fill("Komisja konkursowa.");
    await labelled(page, "Planowany termin wyboru ofert").fill(warsawDate(40));
    // Enter in a text field saves (the first submit button is "save", not "add row").
    await labelled(page, "Nazwa zadania (tytuł konkursu)").press("Enter");
    await expect(page.getByText("Szkic konkursu został zapisany.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const draftUrl = page.url().split("?")[0] ?? "";
    const id = draftUrl.split("/").at(-1) ?? "";

    // Drafts are never public: not on the portal, not in the API.
    const api = await page.request.get(`/api/v1/competitions/${id}`);
    expect(api.status()).toBe(404);
    expect((await page.request.get(`/konkursy/${id}`)).status()).toBe(404);

    // A 20-day deadline is refused, naming the minimum and the article.
    await page.getByRole("button", { name: "Opublikuj ogłoszenie" }).focus();
    await page.keyboard.press("Enter");
    const refusal = page.getByRole("alert");
    await expect(refusal).toContainText("co najmniej 21 dni po dniu publikacji");
    await expect(refusal).toContainText("art. 13 ust. 1");

    // Fix the deadline (21 days) in the edit form and publish.
    await page.getByRole("link", { name: "Edytuj szkic" }).click();
    await labelled(page, "Termin składania ofert").fill(`${warsawDate(21)} 15:00`);
    await page.getByRole("button", { name: "Zapisz zmiany" }).click();
    await expect(page.getByText("Zmiany szkicu zostały zapisane.")).toBeVisible();
    await page.getByRole("button", { name: "Opublikuj ogłoszenie" }).click();
    await expect(page.getByText("Ogłoszenie zostało opublikowane.")).toBeVisible();

    // Amend: extend the deadline with a reason; the amendment is public.
    await page.getByRole("link", { name: "Zmień opublikowane ogłoszenie" }).click();
    await page.getByRole("button", { name: "Opublikuj zmianę ogłoszenia" }).click();
    await expect(await fieldError(page, "Powód")).toContainText("To pole jest wymagane");
    await labelled(page, "Powód").fill("Wydłużenie terminu na prośbę organizacji.");
    await labelled(page, "Termin składania ofert").fill(`${warsawDate(28)} 15:00`);
    await page.getByRole("button", { name: "Opublikuj zmianę ogłoszenia" }).click();
    await expect(page.getByText("Zmiana ogłoszenia została opublikowana.")).toBeVisible();

    await page.getByRole("link", { name: "strona publiczna ogłoszenia" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText(/zostało \d+ dni/)).toBeVisible();
    await expect(page.getByText("Wydłużenie terminu na prośbę organizacji.")).toBeVisible();
    const pdf = await page.request.get(`/konkursy/${id}/ogloszenie.pdf`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const json = await (await page.request.get(`/api/v1/competitions/${id}`)).json();
    expect(json).toMatchObject({ status: "published", offersAfterDeadline: null });
    expect(json.deadline).toMatch(/^\d{4}-\d{2}-\d{2}T15:00:00\+0[12]:00$/);
  });

  test("cancelling needs a reason; an officer of another department is refused", async ({ page }) => {
    const list = await (await page.request.get("/api/v1/competitions?department=WKPS")).json();
    const other = list.items[0]?.id as string;
    const response = await page.goto(`/urzad/konkursy/${other}`);
    expect(response?.status()).toBe(403);

    const mine = await (await page.request.get("/api/v1/competitions?department=WPS&status=open")).json();
    await page.goto(`/urzad/konkursy/${mine.items[0]?.id}`);
    await page.getByRole("button", { name: "Unieważnij konkurs" }).click();
    await expect(page.getByRole("alert").first()).toContainText("Powód");
    await expect(page.getByRole("button", { name: "Unieważnij konkurs" })).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ loggedInAs: OFFICER, javaScriptEnabled: false });

  test("'add row' renders the form again with every value kept and one more row", async ({ context }) => {
    const page = await context.newPage();
    await page.goto("/urzad/konkursy/nowy");
    await labelled(page, "Nazwa zadania (tytuł konkursu)").fill("Tytuł, który nie może zginąć");
    await page.getByLabel("Rok budżetowy, wiersz 1").fill("2027");
    await page.getByLabel("Kwota (zł), wiersz 1").fill("1 000,00");
    await page.getByRole("button", { name: /Dodaj wiersz: Środki/ }).click();
    await expect(labelled(page, "Nazwa zadania (tytuł konkursu)")).toHaveValue(
      "Tytuł, który nie może zginąć",
    );
    await expect(page.getByLabel("Kwota (zł), wiersz 1")).toHaveValue("1 000,00");
    await expect(page.getByLabel("Rok budżetowy, wiersz 2")).toBeVisible();
    await expect(page.getByLabel("Rok budżetowy, wiersz 2")).toBeFocused();
  });
});

test("visitors filter the public list by the address and read an announcement", async ({ page }) => {
  await page.goto("/");
  await page
    .getByRole("navigation", { name: "Nawigacja główna" })
    .getByRole("link", { name: "Konkursy" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Otwarte konkursy ofert");
  await labelled(page, "Etap").selectOption("open");
  await page.getByRole("button", { name: "Pokaż" }).click();
  await expect(page).toHaveURL(/status=open/);
  await expect(page.getByRole("cell", { name: /Nabór ofert trwa/ }).first()).toBeVisible();
  await page.goto("/konkursy?status=resolved");
  await page.getByRole("link", { name: /Edukacja ekologiczna/ }).click();
  await expect(page.getByText("Oferty złożone w terminie")).toBeVisible();
  await expect(
    page.getByRole("heading", {
      name: "2. Wysokość środków publicznych przeznaczonych na realizację zadania",
    }),
  ).toBeVisible();
  expect((await page.request.get("/api/v1/competitions?status=everything")).status()).toBe(400);
});
