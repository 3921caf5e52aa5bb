import type { Locator, Page } from "@playwright/test";
import {
  COORDINATOR,
  confirmEmail,
  expect,
  expectAccessible,
  fieldError,
  INVALID_NIP,
  labelled,
  linkIn,
  logIn,
  NEW_PASSWORD,
  readMailTo,
  registerAccount,
  tabTo,
  test,
  uniqueEmail,
  validNip,
  validRegon,
} from "./helpers";

/** Checks the keyboard focus is on `field`, types `text` there and moves on with Tab. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await expect(field).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press("Tab");
}

/** The action codes shown in the audit log table. */
async function auditActions(page: Page): Promise<string[]> {
  return page.getByRole("table").getByRole("row").locator("td:nth-child(3) code").allInnerTexts();
}

test("a new person registers, confirms the e-mail, registers an organisation by keyboard, gets it verified and brings in an editor — every step audited", async ({
  page,
  actors,
}) => {
  test.setTimeout(180_000);
  const ownerEmail = uniqueEmail("zalozycielka");
  const colleagueEmail = uniqueEmail("redaktor");
  const orgName = `Stowarzyszenie Sąsiedzkie „Aleje” ${Date.now()}`;
  const nip = validNip();
  const regon = validRegon();

  await test.step("the person creates an account and confirms the e-mail from the mailbox", async () => {
    await page.goto("/rejestracja");
    await expectAccessible(page);
    await registerAccount(page, "Zofia Założycielska", ownerEmail);
    await confirmEmail(page, ownerEmail);
    await logIn(page, ownerEmail, { password: NEW_PASSWORD });
  });

  const field = (label: string) => labelled(page, label);

  await test.step("the organisation form, filled and sent with the keyboard only, refuses an invalid NIP next to the field", async () => {
    await page.goto("/organizacje/zglos");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zgłoś organizację");
    await tabTo(page, field("Nazwa organizacji"));
    await typeInto(page, field("Nazwa organizacji"), orgName);
    await expect(field("Forma prawna")).toBeFocused();
    await page.keyboard.type("Stowarzyszenie zw");
    await expect(field("Forma prawna")).toHaveValue("ordinary_association");
    await page.keyboard.press("Tab");
    await tabTo(page, field("Inny rejestr lub ewidencja (nazwa i numer)"), 4);
    await typeInto(
      page,
      field("Inny rejestr lub ewidencja (nazwa i numer)"),
      "Ewidencja stowarzyszeń zwykłych 12/2024",
    );
    await typeInto(page, field("NIP"), INVALID_NIP);
    await typeInto(page, field("REGON"), regon);
    await typeInto(page, field("Ulica i numer"), "al. Najświętszej Maryi Panny 1");
    await typeInto(page, field("Kod pocztowy"), "42-200");
    await typeInto(page, field("Miejscowość"), "Częstochowa");
    await typeInto(page, field("Dzielnica"), "Śródmieście");
    await typeInto(page, field("Adres e-mail organizacji"), "aleje@example.pl");
    const area = page.getByRole("checkbox", { name: /^Pomoc społeczna/ });
    await tabTo(page, area, 6);
    await page.keyboard.press("Space");
    await expect(area).toBeChecked();
    await tabTo(page, field("Imię i nazwisko — osoba 1"), 60);
    await typeInto(page, field("Imię i nazwisko — osoba 1"), "Jan Kowalski");
    await expect(field("Funkcja — osoba 1")).toBeFocused();
    await page.keyboard.type("Prezes");
    await page.keyboard.press("Enter");

    await expect(await fieldError(page, "NIP")).toHaveText(
      "Ten NIP jest nieprawidłowy (cyfra kontrolna się nie zgadza). Sprawdź, czy nie ma literówki.",
    );
    await expect(field("NIP")).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/organizacje\/zglos/);
    // Everything typed is still there.
    await expect(field("Nazwa organizacji")).toHaveValue(orgName);
    await expect(field("Forma prawna")).toHaveValue("ordinary_association");
    await expect(field("NIP")).toHaveValue(INVALID_NIP);
    await expect(field("REGON")).toHaveValue(regon);
    await expect(field("Miejscowość")).toHaveValue("Częstochowa");
    await expect(area).toBeChecked();
    await expect(field("Funkcja — osoba 1")).toHaveValue("Prezes");
    // Only the NIP is wrong, and the summary at the top lists it.
    await expect(page.locator(".field__error")).toHaveCount(1);
    await expect(page.locator(".error-summary")).toBeFocused();
    await expectAccessible(page);
  });

  let organizationPath = "";
  await test.step("from the error summary the keyboard reaches the NIP; with a valid one the organisation is pending", async () => {
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: /^NIP:/ })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(field("NIP")).toBeFocused();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type(nip);
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/\/panel\/organizacje\/[0-9a-f-]{36}\?komunikat=registered$/);
    organizationPath = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(orgName);
    await expect(page.getByRole("status").first()).toContainText("Zgłoszenie wysłane.");
    await expect(page.getByText("Koordynator sprawdza dane organizacji.")).toBeVisible();
    await expect(page.getByText("Twoja rola: właściciel")).toBeVisible();
  });
  const organizationId = organizationPath.split("/").pop() ?? "";

  const office = await actors.open(COORDINATOR);
  await test.step("the coordinator finds the pending registration and verifies it", async () => {
    await office.goto("/urzad/organizacje?status=pending");
    await office.getByLabel("Nazwa, NIP albo KRS").fill(nip);
    await office.getByRole("button", { name: "Filtruj" }).click();
    await office.getByRole("link", { name: orgName }).click();
    await expect(office).toHaveURL(new RegExp(`/urzad/organizacje/${organizationId}`));
    await office.getByRole("button", { name: "Zweryfikuj organizację" }).click();
    await expect(office.getByText("Organizacja zweryfikowana. Właściciele dostali wiadomość.")).toBeVisible();

    await page.goto(organizationPath);
    await expect(page.getByText("Organizacja jest zweryfikowana")).toBeVisible();
  });

  let invitationPath = "";
  await test.step("the owner invites a colleague by e-mail as editor", async () => {
    await page.getByRole("link", { name: "Członkowie i zaproszenia" }).click();
    await labelled(page, "Adres e-mail").fill(colleagueEmail);
    await labelled(page, "Rola").selectOption({ label: "redaktor" });
    await page.getByRole("button", { name: "Wyślij zaproszenie" }).click();
    await expect(page.getByText("Zaproszenie wysłane.")).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(colleagueEmail) })).toContainText("redaktor");
    const mail = await readMailTo(page, colleagueEmail, { subject: /Zaproszenie do organizacji/ });
    expect(mail).toContain(orgName);
    invitationPath = linkIn(mail, "/zaproszenie/");
  });

  const colleague = await actors.open(null);
  await test.step("the colleague creates an account with that e-mail, confirms it and joins as editor", async () => {
    await colleague.goto(invitationPath);
    await expect(colleague.getByText(`Zaloguj się na konto z adresem ${colleagueEmail}`)).toBeVisible();
    await registerAccount(colleague, "Roman Redakcyjny", colleagueEmail);
    await confirmEmail(colleague, colleagueEmail);
    await logIn(colleague, colleagueEmail, { password: NEW_PASSWORD, returnTo: invitationPath });
    await expect(colleague).toHaveURL(new RegExp(`${invitationPath}$`));
    await expect(colleague.getByText(`„${orgName}” z rolą: redaktor`)).toBeVisible();
    await colleague.getByRole("button", { name: "Dołącz do organizacji" }).click();
    await expect(colleague).toHaveURL(new RegExp(`${organizationPath}\\?komunikat=joined$`));
    await expect(colleague.getByText("Dołączyłeś(-aś) do organizacji.")).toBeVisible();
    await expect(colleague.getByText("Twoja rola: redaktor")).toBeVisible();
  });

  await test.step("the audit log shows every step", async () => {
    await office.goto("/admin/dziennik");
    await office.getByLabel("Identyfikator obiektu").fill(organizationId);
    await office.getByRole("button", { name: "Filtruj" }).click();
    await expect(office.getByRole("table")).toBeVisible();
    const organizationEntries = await auditActions(office);
    expect(organizationEntries).toEqual(
      expect.arrayContaining([
        "organization.registered",
        "organization.verified",
        "organization.memberInvited",
        "organization.invitationAccepted",
      ]),
    );
    // Who did what: the coordinator verified, the owner invited, the colleague accepted.
    const row = (action: string) =>
      office.getByRole("row").filter({ has: office.getByText(action, { exact: true }) });
    await expect(row("organization.registered")).toContainText(ownerEmail);
    await expect(row("organization.verified")).toContainText(COORDINATOR);
    await expect(row("organization.memberInvited")).toContainText(ownerEmail);
    await expect(row("organization.invitationAccepted")).toContainText(colleagueEmail);

    // Each account: created by the person, confirmed through the link (anonymous), then logged in.
    for (const person of [ownerEmail, colleagueEmail]) {
      await office.goto(`/admin/dziennik?kto=${encodeURIComponent(person)}&akcja=user.registered`);
      const userId = await office.getByRole("table").locator("td:nth-child(4) code").first().textContent();
      await office.goto(`/admin/dziennik?obiekt=${userId}`);
      expect(await auditActions(office)).toEqual(
        expect.arrayContaining(["user.registered", "user.email_verified", "user.login"]),
      );
    }
  });
});
