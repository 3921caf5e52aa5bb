/**
 * What the browser specs share: the demo accounts, logging in (with a TOTP code nobody used yet),
 * sessions saved once per run for each demo account, reading mail in the development mailbox,
 * fields found by their label, valid Polish identifiers, and the `test` object with `loggedInAs`
 * and `actors` (other people's browsers, scanned with axe like `page`).
 */

import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
  test as playwright,
} from "@playwright/test";
import { TOTP } from "otpauth";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "../demo/accounts";
import { expect, rememberVisits, test as scannedTest, scanVisited } from "./fixtures";
import { sinkMessagesTo } from "./sink";

export const ADMIN = "admin@demo.pozytek.pl";
export const COORDINATOR = "koordynator@demo.pozytek.pl";
export const OFFICER = "urzednik@demo.pozytek.pl";
export const NGO_OWNER = "ngo@demo.pozytek.pl";
export const NGO_EDITOR = "ngo-redaktor@demo.pozytek.pl";

/** A password good enough for new accounts (12+ characters). */
export const NEW_PASSWORD = "zielony rower nad Wartą";

const TOTP_PERIOD_MS = 30_000;

/** The demo staff's TOTP code `offsetSteps` steps of 30 s from now (the server accepts -1, 0, +1). */
export function totpCode(offsetSteps = 0): string {
  return new TOTP({ secret: DEMO_TOTP_SECRET }).generate({
    timestamp: Date.now() + offsetSteps * TOTP_PERIOD_MS,
  });
}

/* ----------------------------------------------------------------------------------------------
 * State shared by the tests of one run. The output directory is emptied at the start of every run
 * (as the server's database is fresh), and survives a worker restarting after a failed test.
 * -------------------------------------------------------------------------------------------- */

function runDir(...parts: string[]): string {
  const dir = path.join(playwright.info().project.outputDir, ".run-state");
  mkdirSync(dir, { recursive: true });
  return path.join(dir, ...parts);
}

function writeAtomically(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

function readJson<T>(file: string, fallback: T): T {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return fallback;
  }
}

/**
 * A code for `email` the server has not seen yet: a code works once per person (replay
 * protection), so the steps used in this run are remembered. Prefers the current step, then the
 * next one (inside the server's ±1 window); when both are used, waits for a new step.
 */
export async function unusedTotpCode(email: string): Promise<string> {
  const file = runDir("totp-steps.json");
  for (;;) {
    const used = readJson<Record<string, number[]>>(file, {});
    const now = Date.now();
    const step = Math.floor(now / TOTP_PERIOD_MS);
    // Too close to the end of a step the current code may be too old when it arrives: use the next.
    const candidates = now % TOTP_PERIOD_MS > TOTP_PERIOD_MS - 3_000 ? [step + 1] : [step, step + 1];
    const free = candidates.find((s) => !used[email]?.includes(s));
    if (free !== undefined) {
      used[email] = [...(used[email] ?? []).filter((s) => s >= step - 2), free];
      writeAtomically(file, JSON.stringify(used));
      return new TOTP({ secret: DEMO_TOTP_SECRET }).generate({ timestamp: free * TOTP_PERIOD_MS });
    }
    await new Promise((resolve) => setTimeout(resolve, TOTP_PERIOD_MS - (now % TOTP_PERIOD_MS) + 100));
  }
}

/* ------------------------------------------------------------------------------------------ */

/**
 * The text field or select with exactly this label; the " *" a required field's label shows
 * (hidden from screen readers) may follow.
 */
export function labelled(page: Page, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Not a checkbox: "Dane niepubliczne" has checkboxes labelled like the fields they hide.
  return page.getByLabel(new RegExp(`^${escaped}( \\*)?$`)).and(page.locator(":not([type=checkbox])"));
}

/** Fills the field with this label. */
export async function fillField(page: Page, label: string, value: string): Promise<void> {
  await labelled(page, label).fill(value);
}

/** Fills several fields by label, in order. */
export async function fillFields(page: Page, fields: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(fields)) await fillField(page, label, value);
}

/**
 * The error shown next to a field: the element its aria-describedby points to, which also sits
 * in the field's own box (so it is both seen beside the field and announced with it).
 */
export async function fieldError(page: Page, label: string): Promise<Locator> {
  const input = labelled(page, label);
  await expect(input).toHaveAttribute("aria-describedby", /-error\b/);
  const ids = ((await input.getAttribute("aria-describedby")) ?? "").split(/\s+/);
  const errorId = ids.find((id) => id.endsWith("-error")) ?? "";
  const error = page.locator(`[id="${errorId}"]`);
  await expect(page.locator(".field", { has: error })).toContainText(label);
  return error;
}

/** Presses Tab until the locator has focus (keyboard only), at most `max` times. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

/**
 * Logs in through the login form. Staff land on the second step; with `totp` (the default) a code
 * nobody used yet is typed there. New accounts pass their own `password`.
 */
export async function logIn(
  page: Page,
  email: string,
  options: { totp?: boolean; password?: string; returnTo?: string } = {},
): Promise<void> {
  const query = options.returnTo ? `?returnTo=${encodeURIComponent(options.returnTo)}` : "";
  await page.goto(`/logowanie${query}`);
  await fillFields(page, { "Adres e-mail": email, Hasło: options.password ?? DEMO_PASSWORD });
  await page.getByRole("button", { name: "Zaloguj się" }).click();
  await page.waitForURL((url) => url.pathname !== "/logowanie");
  if (new URL(page.url()).pathname !== "/logowanie/2fa" || options.totp === false) return;
  // A code refused as used (a step claimed outside this run's record) is followed by a fresh one.
  for (let attempt = 1; ; attempt++) {
    await fillField(page, "Kod z aplikacji", await unusedTotpCode(email));
    await page.getByRole("button", { name: "Potwierdź" }).click();
    const passed = await page
      .waitForURL((url) => !url.pathname.startsWith("/logowanie"), { timeout: attempt < 3 ? 5_000 : 15_000 })
      .then(
        () => true,
        (error) => {
          if (attempt >= 3) throw error;
          return false;
        },
      );
    if (passed) return;
  }
}

/** No cookies, nothing stored: a browser that has never been here. */
const EMPTY_STATE = { cookies: [], origins: [] };

/**
 * The saved session of a demo account, created once per run by logging in (with the second factor
 * for staff); later calls reuse the file. Tests must not log these sessions out.
 */
export async function storageStateFor(browser: Browser, email: string): Promise<string> {
  const file = runDir(`${email}.json`);
  if (readJson<unknown>(file, null) !== null) return file;
  // Inside a fixture the config's defaults are not applied yet: give address and language here.
  const { baseURL, locale, timezoneId } = playwright.info().project.use;
  const context = await browser.newContext({ baseURL, locale, timezoneId, storageState: EMPTY_STATE });
  const page = await context.newPage();
  await logIn(page, email);
  await context.storageState({ path: `${file}.tmp` });
  renameSync(`${file}.tmp`, file);
  await context.close();
  return file;
}

/** A new browser context, logged in as a demo account (`email`) or as nobody (null). */
export async function newContextAs(browser: Browser, email: string | null): Promise<BrowserContext> {
  // Always an explicit state: a test's own `storageState` (loggedInAs) would be inherited otherwise.
  return browser.newContext({ storageState: email ? await storageStateFor(browser, email) : EMPTY_STATE });
}

/**
 * The newest message to an address (optionally with a matching subject), as the suite's SMTP sink
 * received it (e2e/mail-sink.ts); returns its text part. The outbox (/admin/poczta, read as the
 * administrator) says how many such messages the app has queued, and the sink is awaited until it
 * has them all, so a message still on its way is never mistaken for an older one.
 */
export async function readMailTo(
  page: Page,
  email: string,
  options: { subject?: RegExp } = {},
): Promise<string> {
  const browser = page.context().browser();
  if (!browser) throw new Error("readMailTo needs a page of a browser, not of a persistent context");
  const context = await newContextAs(browser, ADMIN);
  let queued = 1;
  try {
    const mailbox = await context.newPage();
    await mailbox.goto("/admin/poczta");
    let rows = mailbox
      .getByRole("row")
      .filter({ has: mailbox.getByRole("cell", { name: email, exact: true }) });
    if (options.subject) rows = rows.filter({ has: mailbox.getByRole("link", { name: options.subject }) });
    queued = Math.max(1, await rows.count());
  } finally {
    await context.close();
  }
  const messages = await sinkMessagesTo(email, { subject: options.subject, atLeast: queued });
  const newest = messages.at(-1);
  if (!newest) throw new Error(`no mail to ${email}${options.subject ? ` matching ${options.subject}` : ""}`);
  return newest.text;
}

/**
 * The path (and query) of the first link in a mail's text whose path starts with `prefix`; the
 * host is dropped, as the app's APP_URL need not be the test server's address.
 */
export function linkIn(text: string, prefix: string): string {
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const url = new URL(match[0]);
    if (url.pathname.startsWith(prefix)) return `${url.pathname}${url.search}`;
  }
  throw new Error(`no link to ${prefix} in the mail:\n${text}`);
}

/* ----------------------------------------------------------------------------------------------
 * Identifiers and data
 * -------------------------------------------------------------------------------------------- */

function weighted(digits: string, weights: number[]): number {
  return weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0);
}

function randomDigits(count: number): string {
  return Array.from({ length: count }, () => Math.floor(Math.random() * 10)).join("");
}

/** A random valid NIP: weights 6,5,7,2,3,4,5,6,7, sum mod 11 is the check digit (never 10). */
export function validNip(): string {
  for (;;) {
    const first9 = `${1 + Math.floor(Math.random() * 9)}${randomDigits(8)}`;
    const check = weighted(first9, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
    if (check !== 10) return `${first9}${check}`;
  }
}

/** A random valid 9-digit REGON: weights 8,9,2,3,4,5,6,7, sum mod 11 (10 becomes 0). */
export function validRegon(): string {
  const first8 = `${1 + Math.floor(Math.random() * 9)}${randomDigits(7)}`;
  return `${first8}${(weighted(first8, [8, 9, 2, 3, 4, 5, 6, 7]) % 11) % 10}`;
}

/** A NIP whose check digit does not match (the weighted sum mod 11 is 10). */
export const INVALID_NIP = "1234567890";

/** A unique address for an account created by a test. */
export function uniqueEmail(who: string): string {
  return `${who}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}@example.pl`;
}

/** Creates an account through /rejestracja (not confirmed yet); the page ends on "check your mailbox". */
export async function registerAccount(page: Page, name: string, email: string): Promise<void> {
  await page.goto("/rejestracja");
  await fillFields(page, { "Imię i nazwisko": name, "Adres e-mail": email, Hasło: NEW_PASSWORD });
  await page.getByRole("button", { name: "Załóż konto" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sprawdź skrzynkę pocztową");
}

/** Opens the confirmation link of the newest mail to `email` and confirms the address. */
export async function confirmEmail(page: Page, email: string): Promise<void> {
  const mail = await readMailTo(page, email, { subject: /Potwierdź adres e-mail/ });
  await page.goto(linkIn(mail, "/potwierdz-email/"));
  await page.getByRole("button", { name: "Potwierdź adres" }).click();
  await expect(page.getByText("Adres e-mail został potwierdzony.")).toBeVisible();
}

/** The required fields of the organisation registration form, by label, for a given name and NIP. */
export function organizationFields(name: string, nip: string): Record<string, string> {
  return {
    "Nazwa organizacji": name,
    "Inny rejestr lub ewidencja (nazwa i numer)": "Ewidencja stowarzyszeń zwykłych, nr 12/2024",
    NIP: nip,
    REGON: validRegon(),
    "Ulica i numer": "ul. Jasnogórska 1",
    "Kod pocztowy": "42-200",
    Miejscowość: "Częstochowa",
    "Adres e-mail organizacji": "kontakt@example.pl",
    "Imię i nazwisko — osoba 1": "Jan Kowalski",
    "Funkcja — osoba 1": "Przewodniczący",
  };
}

/** Fills the whole registration form with the mouse-free `fill` (legal form and one area included). */
export async function fillOrganizationForm(page: Page, fields: Record<string, string>): Promise<void> {
  await fillFields(page, fields);
  await labelled(page, "Forma prawna").selectOption("ordinary_association");
  await page.getByRole("checkbox", { name: /^Pomoc społeczna/ }).check();
}

/* ----------------------------------------------------------------------------------------------
 * The test object: `page` scanned with axe as in fixtures.ts, plus other people's browsers.
 * -------------------------------------------------------------------------------------------- */

export interface Actors {
  /** A page in a new context logged in as `email` (null: a visitor); its visited pages are scanned too. */
  open(email: string | null): Promise<Page>;
}

export const test = scannedTest.extend<{ actors: Actors; loggedInAs: string | null }>({
  // A missing element fails in seconds, not at the test's time limit.
  actionTimeout: 10_000,
  navigationTimeout: 15_000,
  /** Start the fixture `page` logged in as this demo account: `test.use({ loggedInAs: NGO_OWNER })`. */
  loggedInAs: [null, { option: true }],
  storageState: async ({ loggedInAs, browser, storageState }, use) => {
    await use(loggedInAs ? await storageStateFor(browser, loggedInAs) : storageState);
  },
  actors: async ({ browser }, use) => {
    const opened: { context: BrowserContext; visited: Set<string> }[] = [];
    await use({
      async open(email) {
        const context = await newContextAs(browser, email);
        const page = await context.newPage();
        opened.push({ context, visited: rememberVisits(page) });
        return page;
      },
    });
    for (const { context, visited } of opened) {
      await scanVisited(context, visited);
      await context.close();
    }
  },
});

export { expect, expectAccessible } from "./fixtures";
