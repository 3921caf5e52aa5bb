import {
  expect,
  fieldError,
  fillFields,
  fillOrganizationForm,
  INVALID_NIP,
  labelled,
  NEW_PASSWORD,
  NGO_EDITOR,
  OFFICER,
  organizationFields,
  registerAccount,
  test,
  uniqueEmail,
  unusedTotpCode,
  validNip,
} from "./helpers";

/*
 * Forms are plain HTML forms posted to the server, so they work with JavaScript off. (axe needs
 * JavaScript, so these pages are scanned by the other specs, with JavaScript on.)
 */

test.use({ javaScriptEnabled: false });
// Only `context` is used: the `page` fixture would scan with axe, which needs JavaScript.

test("logging in works without JavaScript, and a wrong password keeps the e-mail typed", async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto("/logowanie?returnTo=%2Fpanel");
  await fillFields(page, { "Adres e-mail": NGO_EDITOR, Hasło: "to nie jest hasło" });
  await page.getByRole("button", { name: "Zaloguj się" }).click();
  await expect(page.getByText("Nieprawidłowy adres e-mail lub hasło.").first()).toBeVisible();
  await expect(labelled(page, "Adres e-mail")).toHaveValue(NGO_EDITOR);
  await expect(labelled(page, "Hasło")).toHaveValue("");

  await labelled(page, "Hasło").fill("Pozytek-demo-2026");
  await page.getByRole("button", { name: "Zaloguj się" }).click();
  await expect(page).toHaveURL(/\/panel$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moje organizacje");
  await expect(page.getByRole("link", { name: /AGAPE/ })).toBeVisible();
});

test("a staff login with the second factor works without JavaScript", async ({ context }) => {
  const page = await context.newPage();
  await page.goto("/urzad");
  await expect(page).toHaveURL(/\/logowanie\?returnTo=%2Furzad$/);
  await fillFields(page, { "Adres e-mail": OFFICER, Hasło: "Pozytek-demo-2026" });
  await page.getByRole("button", { name: "Zaloguj się" }).click();
  await expect(page).toHaveURL(/\/logowanie\/2fa\?returnTo=%2Furzad$/);
  await labelled(page, "Kod z aplikacji").fill("12345");
  await page.getByRole("button", { name: "Potwierdź" }).click();
  await expect(await fieldError(page, "Kod z aplikacji")).toContainText("Kod jest nieprawidłowy");
  await labelled(page, "Kod z aplikacji").fill(await unusedTotpCode(OFFICER));
  await page.getByRole("button", { name: "Potwierdź" }).click();
  await expect(page).toHaveURL(/\/urzad$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Urząd — pulpit");
});

test("organisation registration without JavaScript: an invalid NIP comes back next to the field with everything typed kept", async ({
  context,
}) => {
  const page = await context.newPage();
  const email = uniqueEmail("bez-js");
  await registerAccount(page, "Bogdan Bezskryptowy", email);
  await page.goto("/logowanie?returnTo=%2Forganizacje%2Fzglos");
  await fillFields(page, { "Adres e-mail": email, Hasło: NEW_PASSWORD });
  await page.getByRole("button", { name: "Zaloguj się" }).click();
  await expect(page).toHaveURL(/\/organizacje\/zglos$/);

  const name = `Klub Sportowy „Bez Skryptów” ${Date.now()}`;
  const fields = organizationFields(name, INVALID_NIP);
  await fillOrganizationForm(page, {
    ...fields,
    Dzielnica: "Tysiąclecie",
    "Opis działalności": "Treningi\ndla dzieci",
  });
  await page.getByRole("button", { name: "Wyślij zgłoszenie do weryfikacji" }).click();

  // The server's answer: the same form, the error next to the NIP, and in the summary at the top.
  await expect(page).toHaveURL(/\/organizacje\/zglos$/);
  await expect(await fieldError(page, "NIP")).toHaveText(
    "Ten NIP jest nieprawidłowy (cyfra kontrolna się nie zgadza). Sprawdź, czy nie ma literówki.",
  );
  await expect(labelled(page, "NIP")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(".error-summary")).toContainText("NIP: Ten NIP jest nieprawidłowy");
  await expect(page.locator(".field__error")).toHaveCount(1);
  for (const [label, value] of Object.entries(fields)) {
    await expect(labelled(page, label), label).toHaveValue(value);
  }
  await expect(labelled(page, "Dzielnica")).toHaveValue("Tysiąclecie");
  await expect(labelled(page, "Opis działalności")).toHaveValue("Treningi\ndla dzieci");
  await expect(labelled(page, "Forma prawna")).toHaveValue("ordinary_association");
  await expect(page.getByRole("checkbox", { name: /^Pomoc społeczna/ })).toBeChecked();

  // Corrected, the same form goes through.
  await labelled(page, "NIP").fill(validNip());
  await page.getByRole("button", { name: "Wyślij zgłoszenie do weryfikacji" }).click();
  await expect(page).toHaveURL(/\/panel\/organizacje\/[0-9a-f-]{36}\?komunikat=registered$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText("Koordynator sprawdza dane organizacji.")).toBeVisible();
});
