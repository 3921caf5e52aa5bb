import {
  ADMIN,
  expect,
  expectAccessible,
  fieldError,
  labelled,
  logIn,
  NGO_EDITOR,
  NGO_OWNER,
  OFFICER,
  readMailTo,
  test,
  totpCode,
  unusedTotpCode,
} from "./helpers";

/** A six-digit code that is none of the codes the server accepts now (steps -1, 0 and +1). */
function wrongCode(): string {
  const accepted = new Set([totpCode(-1), totpCode(0), totpCode(1), totpCode(2)]);
  for (let offset = 10; ; offset++) {
    const code = totpCode(offset);
    if (!accepted.has(code)) return code;
  }
}

test("a staff login needs the second factor: the password alone opens nothing, a wrong code is refused next to the field", async ({
  page,
}) => {
  await logIn(page, OFFICER, { totp: false });
  await expect(page).toHaveURL(/\/logowanie\/2fa(\?|$)/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Weryfikacja dwuetapowa");

  // Every staff page sends back to the code until it is given.
  for (const path of ["/urzad", "/urzad/organizacje", "/panel"]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/logowanie/2fa\\?returnTo=${encodeURIComponent(path)}$`));
  }
  await page.goto("/urzad");
  await expect(page).toHaveURL(/\/logowanie\/2fa\?returnTo=%2Furzad$/);

  await labelled(page, "Kod z aplikacji").fill(wrongCode());
  await page.getByRole("button", { name: "Potwierdź" }).click();
  await expect(await fieldError(page, "Kod z aplikacji")).toHaveText(
    "Kod jest nieprawidłowy albo został już użyty. Wpisz aktualny kod z aplikacji.",
  );
  await expect(labelled(page, "Kod z aplikacji")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/logowanie\/2fa/);
  await expectAccessible(page);

  // Still locked out after the wrong code.
  await page.goto("/urzad");
  await expect(page).toHaveURL(/\/logowanie\/2fa\?returnTo=%2Furzad$/);

  await labelled(page, "Kod z aplikacji").fill(await unusedTotpCode(OFFICER));
  await page.getByRole("button", { name: "Potwierdź" }).click();
  await expect(page).toHaveURL(/\/urzad$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Urząd — pulpit");
  await page.goto("/urzad/organizacje");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organizacje");
});

test.describe("an administrator after the second factor", () => {
  test.use({ loggedInAs: ADMIN });

  test("reaches the back office, the audit log and the outbox", async ({ page, actors }) => {
    for (const [path, heading] of [
      ["/urzad", "Urząd — pulpit"],
      ["/admin/dziennik", "Dziennik zdarzeń"],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    }
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // A visitor asks for a password reset; the outbox shows the message's state but, as mail goes
    // out over SMTP here, not its one-time link (which reaches the addressee through the sink).
    const visitor = await actors.open(null);
    await visitor.goto("/reset-hasla");
    await labelled(visitor, "Adres e-mail").fill(NGO_EDITOR);
    await visitor.getByRole("button", { name: "Wyślij link" }).click();
    await expect(visitor.getByText(/Jeśli istnieje konto z tym adresem/)).toBeVisible();
    await page.goto("/admin/poczta");
    await page
      .getByRole("row")
      .filter({ has: page.getByRole("cell", { name: NGO_EDITOR, exact: true }) })
      .getByRole("link", { name: "Ustaw nowe hasło" })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ustaw nowe hasło");
    await expect(page.locator("body")).not.toContainText("/reset-hasla/");
    expect(await readMailTo(page, NGO_EDITOR, { subject: /Ustaw nowe hasło/ })).toContain("/reset-hasla/");
  });
});

test.describe("an organisation member", () => {
  test.use({ loggedInAs: NGO_OWNER });

  test("gets the 403 page in the back office and the administration area", async ({ page }) => {
    for (const path of ["/urzad", "/urzad/organizacje", "/admin", "/admin/dziennik", "/admin/poczta"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Brak dostępu");
    }
    // Their own workspace still works.
    await page.goto("/panel");
    await expect(page.getByRole("link", { name: "Fundacja Oczami Brata" })).toBeVisible();
  });
});

test("a visitor is sent from the panel to the login page and comes back after logging in", async ({
  page,
}) => {
  await page.goto("/panel");
  await expect(page).toHaveURL(/\/logowanie\?returnTo=%2Fpanel$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Logowanie");
  for (const path of ["/urzad", "/admin"]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/logowanie\\?returnTo=${encodeURIComponent(path)}$`));
  }
  await page.goto("/panel");
  await labelled(page, "Adres e-mail").fill(NGO_EDITOR);
  await labelled(page, "Hasło").fill("Pozytek-demo-2026");
  await page.getByRole("button", { name: "Zaloguj się" }).click();
  await expect(page).toHaveURL(/\/panel$/);
  await expect(page.getByRole("link", { name: /AGAPE/ })).toBeVisible();
});
