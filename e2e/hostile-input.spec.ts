import type { Page } from "@playwright/test";
import {
  expect,
  expectAccessible,
  fieldError,
  fillOrganizationForm,
  labelled,
  logIn,
  NEW_PASSWORD,
  NGO_EDITOR,
  NGO_OWNER,
  organizationFields,
  registerAccount,
  test,
  uniqueEmail,
  validNip,
} from "./helpers";

const SCRIPT = `<script>window.__pwned = 1; alert("xss")</script>`;
const IMAGE = `"><img src=x onerror="window.__pwned = 2; alert('xss')">`;

/** Collects every dialog the page opens (alert, confirm…); an escaped script never opens one. */
function dialogsOf(page: Page): string[] {
  const seen: string[] = [];
  page.on("dialog", async (dialog) => {
    seen.push(dialog.message());
    await dialog.dismiss();
  });
  return seen;
}

/** The CSRF token of the page's first form (the hidden field every PostForm carries). */
async function csrfTokenOf(page: Page): Promise<string> {
  return (await page.locator('input[name="_csrf"]').first().getAttribute("value")) ?? "";
}

test("script typed into text fields is shown as text and never runs", async ({ page }) => {
  const dialogs = dialogsOf(page);
  const email = uniqueEmail("skrypt");
  const name = `Ala ${SCRIPT}${IMAGE}`;

  // An account name may hold any characters: it is shown escaped.
  await registerAccount(page, name, email);
  await logIn(page, email, { password: NEW_PASSWORD });
  await page.goto("/konto");
  await expect(page.getByText(name, { exact: true })).toBeVisible();
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

  // The organisation form refuses markup next to the field and gives back exactly what was typed.
  await page.goto("/organizacje/zglos");
  const fields = organizationFields(`Fundacja ${SCRIPT}`, validNip());
  await fillOrganizationForm(page, { ...fields, "Ulica i numer": `ul. ${IMAGE}` });
  await page.getByRole("button", { name: "Wyślij zgłoszenie do weryfikacji" }).click();
  await expect(await fieldError(page, "Nazwa organizacji")).toHaveText(
    "Usuń znaczniki HTML (znaki < >) i znaki sterujące.",
  );
  await expect(await fieldError(page, "Ulica i numer")).toHaveText(
    "Usuń znaczniki HTML (znaki < >) i znaki sterujące.",
  );
  await expect(labelled(page, "Nazwa organizacji")).toHaveValue(`Fundacja ${SCRIPT}`);
  await expect(labelled(page, "Ulica i numer")).toHaveValue(`ul. ${IMAGE}`);
  await expectAccessible(page);

  // The same refusal straight from the server: the values come back escaped, in the HTML and in
  // the data React Router sends along for hydration.
  const form = { ...Object.fromEntries(await formValues(page)), _csrf: await csrfTokenOf(page) };
  const response = await page.request.post("/organizacje/zglos", { form });
  expect(response.status()).toBe(422);
  const html = await response.text();
  expect(html).toContain("Fundacja &lt;script&gt;window.__pwned");
  expect(html).not.toContain("<script>window.__pwned");
  expect(html).not.toContain("<img src=x");
  expect(html).toContain("Usuń znaczniki HTML");

  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

/** The form's fields as the browser would send them. */
async function formValues(page: Page): Promise<[string, string][]> {
  return page
    .locator("form.organization-form")
    .evaluate((form: HTMLFormElement) =>
      [...new FormData(form).entries()].map(([k, v]) => [k, String(v)] as [string, string]),
    );
}

test.describe("a member of one organisation", () => {
  test.use({ loggedInAs: NGO_OWNER });

  test("gets the 403 page for another organisation's id and the 404 page for an id that is not one", async ({
    page,
    actors,
  }) => {
    // The id of AGAPE, read by its editor from their own panel.
    const editor = await actors.open(NGO_EDITOR);
    await editor.goto("/panel");
    const href = await editor.getByRole("link", { name: /AGAPE/ }).getAttribute("href");
    expect(href).toMatch(/^\/panel\/organizacje\/[0-9a-f-]{36}$/);

    for (const path of [href, `${href}/czlonkowie`, `${href}/edytuj`]) {
      const response = await page.goto(path ?? "");
      expect(response?.status(), path ?? "").toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Brak dostępu");
    }
    for (const id of ["nie-uuid", "1%20OR%201=1", "00000000-0000-4000-8000-000000000000"]) {
      const response = await page.goto(`/panel/organizacje/${id}`);
      expect(response?.status(), id).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nie znaleziono strony");
    }
  });

  test("a POST without the CSRF token (or with a forged one) is refused with 403", async ({ page }) => {
    await page.goto("/organizacje/zglos");
    const token = await csrfTokenOf(page);
    expect(token).not.toBe("");
    const fields = { name: "Fundacja Podrzucona", nip: validNip(), intent: "submit" };
    for (const form of [fields, { ...fields, _csrf: "podrobiony" }, { ...fields, _csrf: `${token}x` }]) {
      const response = await page.request.post("/organizacje/zglos", { form });
      expect(response.status()).toBe(403);
    }
    // Logging out is a form too: refused without the token.
    expect((await page.request.post("/wyloguj", { form: {} })).status()).toBe(403);
    // The session survived the refused logout.
    await page.goto("/panel");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moje organizacje");
  });

  test("unknown choices and oversized text come back as form errors, not as a server error", async ({
    page,
  }) => {
    await page.goto("/organizacje/zglos");
    const form = {
      _csrf: await csrfTokenOf(page),
      intent: "submit",
      name: "x".repeat(100_000),
      legalForm: "spółka-widmo",
      nip: validNip(),
      areas: "nie_ma_takiej_sfery",
      hiddenFields: "passwordHash",
    };
    const response = await page.request.post("/organizacje/zglos", { form });
    expect(response.status()).toBe(422);
    const html = await response.text();
    expect(html).toContain("Popraw błędy");
  });
});
