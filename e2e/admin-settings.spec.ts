import { ADMIN, expect, fieldError, labelled, test } from "./helpers";

/*
 * The administrator's contract settings (Admin → Ustawienia, "Umowy dotacyjne"): a number pattern
 * without {seq} is refused next to its field, keeping everything typed; a corrected form saves
 * (the allowed shift typed with a Polish decimal comma), and the saved values come back. The page
 * is scanned with axe. The shift is set back to the demo's 20 %, which the contract tests expect.
 */

test.use({ loggedInAs: ADMIN });

test("contract settings: a pattern without {seq} is refused by the field, a correct form saves", async ({
  page,
}) => {
  await page.goto("/admin/ustawienia");
  await expect(page.getByRole("group", { name: "Umowy dotacyjne" })).toBeVisible();
  const pattern = labelled(page, "Wzór numeru umowy");
  const shift = labelled(page, "Dopuszczalne zwiększenie pozycji kosztorysu bez aneksu (%)");
  const account = labelled(page, "Rachunek urzędu do zwrotu dotacji");
  const original = await pattern.inputValue();
  expect(original).toContain("{seq}");
  await expect(account).toHaveValue(/^PL\s?18/);

  await pattern.fill("UM/{year}");
  await shift.fill("12,5");
  await page.getByRole("button", { name: "Zapisz", exact: true }).click();
  await expect(await fieldError(page, "Wzór numeru umowy")).toHaveText(
    "Wzór musi zawierać znacznik {seq} — kolejny numer umowy w roku.",
  );
  await expect(pattern).toHaveValue("UM/{year}");
  await expect(shift).toHaveValue("12,5");

  await pattern.fill(original);
  await page.getByRole("button", { name: "Zapisz", exact: true }).click();
  await expect(page.getByText("Zmiany zapisano.")).toBeVisible();
  await page.goto("/admin/ustawienia");
  await expect(shift).toHaveValue("12,5");

  await shift.fill("20");
  await page.getByRole("button", { name: "Zapisz", exact: true }).click();
  await expect(page.getByText("Zmiany zapisano.")).toBeVisible();
});
