import { expect, expectAccessible, test } from "./fixtures";

test("home page in Polish with skip link, landmarks and the accessibility declaration link", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Gmina Miasto Częstochowa/);
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Przejdź do treści" })).toBeFocused();
  await expect(page.getByRole("link", { name: "Deklaracja dostępności" })).toBeVisible();
  await expectAccessible(page);
});

test("font size, contrast and language switches persist, also without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("button", { name: "Większa czcionka" }).click();
  await expect(page.locator("html")).toHaveClass(/font-large/);
  await page.getByRole("button", { name: "Wysoki kontrast" }).click();
  await expect(page.locator("html")).toHaveClass(/high-contrast/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/high-contrast/);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Cooperation/);
  await context.close();
});

test("high-contrast and large-text modes pass the axe scan", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Wysoki kontrast" }).click();
  await expect(page.locator("html")).toHaveClass(/high-contrast/);
  await page.getByRole("button", { name: "Większa czcionka" }).click();
  await expect(page.locator("html")).toHaveClass(/font-large/);
  await expectAccessible(page);
});

test("unknown address shows a friendly 404 page", async ({ page }) => {
  const response = await page.goto("/nie-ma-takiej-strony");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nie znaleziono strony");
  await expectAccessible(page);
});

test("accessibility declaration has the required elements", async ({ page }) => {
  await page.goto("/deklaracja-dostepnosci");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Deklaracja dostępności/);
  for (const text of [
    "Data publikacji",
    "Data ostatniej",
    "Status pod względem zgodności",
    "Informacje zwrotne",
    "Procedura",
  ]) {
    await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  }
});
