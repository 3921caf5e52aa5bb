import type { APIResponse, Locator, Page } from "@playwright/test";
import JSZip from "jszip";
import { grosze, typedAmount } from "./evaluation-steps";
import { expect, labelled } from "./helpers";
import { setServerClockOffset, sinkMessagesTo } from "./sink";

/* Steps and data of the browser test of the contract, the reports and the settlement (e2e/contracts.spec.ts). */

export const ECO = /^Edukacja ekologiczna mieszkańców Częstochowy w \d{4} r\.$/;
export const TRAUGUTT = "Stowarzyszenie Traugutt dla Przyszłości";
export const OFFER_TITLE = "Młodzi dla klimatu";
/** The owner of Traugutt's profile (demo/accounts.ts). */
export const ECO_OWNER = "eko@demo.pozytek.pl";
/** What the demo's result awarded Traugutt's offer (demo/seed-evaluation.server.ts, REDUCED). */
export const AWARDED = 700_000;

const DAY = 86_400_000;

/** The id of the demo's resolved ecological-education call, from the public API. */
export async function ecoCompetitionId(page: Page): Promise<string> {
  const list = await (await page.request.get("/api/v1/competitions?status=resolved")).json();
  const item = (list.items as { id: string; title: string }[]).find((c) => ECO.test(c.title));
  if (!item) throw new Error("the demo's resolved ecological-education call is missing");
  return item.id;
}

/** A Warsaw calendar day `days` after today (YYYY-MM-DD). */
export function warsawDay(days = 0): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(
    new Date(Date.now() + days * DAY),
  );
}

/** Days from today (Warsaw) to an ISO day. */
export function daysUntil(isoDay: string): number {
  return Math.round((Date.parse(`${isoDay}T12:00:00Z`) - Date.parse(`${warsawDay()}T12:00:00Z`)) / DAY);
}

const MONTHS = [
  "stycznia",
  "lutego",
  "marca",
  "kwietnia",
  "maja",
  "czerwca",
  "lipca",
  "sierpnia",
  "września",
  "października",
  "listopada",
  "grudnia",
];

/** A day as the app shows it ("24 listopada 2026"). */
export function shownDay(isoDay: string): string {
  const [y, m, d] = isoDay.split("-");
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** A day the app shows ("24 listopada 2026") as YYYY-MM-DD. */
export function isoOfShown(text: string): string {
  const m = /(\d{1,2}) (\p{L}+) (\d{4})/u.exec(text);
  const month = MONTHS.indexOf(m?.[2] ?? "");
  if (!m || month < 0) throw new Error(`no day in "${text}"`);
  return `${m[3]}-${String(month + 1).padStart(2, "0")}-${m[1]?.padStart(2, "0")}`;
}

/** Grosze in a money input ("" is 0). */
export async function moneyIn(field: Locator): Promise<number> {
  const value = (await field.inputValue()).trim();
  return value === "" ? 0 : grosze(value.includes(",") ? value : `${value},00`);
}

/** A Polish IBAN of a bank number (8 digits) and an account (16 digits), its check digits computed (ISO 13616). */
export function polishIban(bank: string, account: string): string {
  const bban = `${bank}${account}`;
  // "PL00" moved to the end, letters as numbers (P = 25, L = 21).
  const digits = `${bban}252100`;
  let rest = 0;
  for (const ch of digits) rest = (rest * 10 + Number(ch)) % 97;
  const check = String(98 - rest).padStart(2, "0");
  return `PL${check}${bban}`.replace(/(.{4})/g, "$1 ").trim();
}

/** The text of word/document.xml in a DOCX (a ZIP), its tags dropped. */
export async function docxText(response: APIResponse): Promise<string> {
  expect(response.status()).toBe(200);
  const body = await response.body();
  // A ZIP starts with "PK\3\4".
  expect(body.subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file("word/document.xml")?.async("string");
  if (!xml) throw new Error("the DOCX has no word/document.xml");
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** Spaces of any kind made plain (pdftotext and the app use narrow and non-breaking ones). */
export function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, " ").replace(/[ \t]+/g, " ");
}

/**
 * Sets the numbered rows of the contract's terms form (instalments, reports): label templates with
 * "{n}"; rows past the ones given are emptied (blank rows are ignored by the form).
 */
export async function setRows(
  page: Page,
  rows: Record<string, string>[],
  labels: Record<string, string>,
): Promise<void> {
  const [first] = Object.values(labels);
  if (!first) return;
  const count = await page
    .getByLabel(new RegExp(`^${escapeRegExp(first).replace("\\{n\\}", "\\d+")}`))
    .count();
  expect(count).toBeGreaterThanOrEqual(rows.length);
  for (let i = 0; i < count; i++) {
    for (const [key, template] of Object.entries(labels)) {
      const field = labelled(page, template.replace("{n}", String(i + 1)));
      const value = rows[i]?.[key] ?? "";
      if ((await field.evaluate((el) => el.tagName)) === "SELECT") await field.selectOption(value);
      else await field.fill(value);
    }
  }
}

/**
 * Moves the server's clock by `days` for long enough for the reminders to run (every 3 s in the
 * suite), puts it back, and waits for the mail. The outbox sends a message only within 72 hours of
 * its creation, which the database stamps in real time: the message leaves once the clock is back.
 */
export async function mailWithClockMoved(
  days: number,
  to: string,
  subject: RegExp,
): Promise<{ subject: string; text: string }> {
  await setServerClockOffset(days * DAY);
  try {
    await new Promise((resolve) => setTimeout(resolve, 12_000));
  } finally {
    await setServerClockOffset(0);
  }
  return mailTo(to, subject);
}

/** The newest mail to an address matching a subject, waiting for it. */
export async function mailTo(to: string, subject: RegExp): Promise<{ subject: string; text: string }> {
  const mails = await sinkMessagesTo(to, { subject, timeoutMs: 30_000 });
  const mail = mails.at(-1);
  if (!mail) {
    const got = (await sinkMessagesTo(to, { timeoutMs: 0 })).map((m) => m.subject);
    throw new Error(`no mail to ${to} matching ${subject}; received: ${got.join(" | ")}`);
  }
  return mail;
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Fills the report's part I: every textarea and input of the form's first fieldset gets a value
 * (numbers where the field asks for one), then saves it.
 */
export async function fillSubstantive(page: Page): Promise<void> {
  await labelled(page, "Opis osiągniętych rezultatów i stopień realizacji celu zadania").fill(
    "Przeprowadzono warsztaty klimatyczne w szkołach i akcję sadzenia drzew z samorządami uczniowskimi.",
  );
  for (const done of await page.getByLabel(/^Co wykonano w ramach działania/).all())
    await done.fill("Działanie wykonano zgodnie z harmonogramem.");
  for (const achieved of await page.getByLabel(/^Osiągnięta wartość rezultatu/).all())
    await achieved.fill("100");
  await labelled(page, "Liczba odbiorców zadania").fill("240");
  await page.getByRole("button", { name: "Zapisz: Część I. Sprawozdanie merytoryczne" }).click();
  await expect(page.getByText("Zapisano sekcję sprawozdania.")).toBeVisible();
}

/** Ticks every declaration of the report and saves them. */
export async function tickDeclarations(page: Page): Promise<void> {
  const form = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Zapisz: Oświadczenia" }) });
  for (const box of await form.getByRole("checkbox").all()) await box.check();
  await form.getByRole("button", { name: "Zapisz: Oświadczenia" }).click();
  await expect(page.getByText("Zapisano sekcję sprawozdania.")).toBeVisible();
}

export interface CostLine {
  field: Locator;
  planned: number;
}

/** The report's cost lines: each actual-cost field with the planned amount its hint gives. */
export async function costLines(page: Page): Promise<CostLine[]> {
  const fields = await page.getByLabel(/^Poz\. .+ — wykonanie \(zł\)$/).all();
  const lines: CostLine[] = [];
  for (const field of fields) {
    const hintId = ((await field.getAttribute("aria-describedby")) ?? "")
      .split(/\s+/)
      .find((id) => /hint/.test(id));
    const hint = hintId ? await page.locator(`[id="${hintId}"]`).textContent() : null;
    if (!hint) throw new Error("a cost line without its planned amount");
    lines.push({ field, planned: grosze(hint) });
  }
  expect(lines.length).toBeGreaterThan(0);
  return lines;
}

/**
 * Part II: the actual cost of each line (`actual[i]`, the plan where not given), the grant spent,
 * the rest of the costs as financial contribution; saved. Returns the total actual cost.
 */
export async function fillFinancial(
  page: Page,
  actual: (number | undefined)[],
  grantSpent: number,
): Promise<number> {
  const lines = await costLines(page);
  let total = 0;
  for (const [i, line] of lines.entries()) {
    const value = actual[i] ?? line.planned;
    total += value;
    await line.field.fill(typedAmount(value));
  }
  await labelled(page, "Dotacja wydatkowana (zł)").fill(typedAmount(grantSpent));
  await labelled(page, "Wkład własny finansowy (zł)").fill(typedAmount(total - grantSpent));
  await labelled(page, "Wkład osobowy (zł)").fill("0,00");
  await labelled(page, "Wkład rzeczowy (zł)").fill("0,00");
  await page.getByRole("button", { name: "Zapisz: Część II. Sprawozdanie z wykonania wydatków" }).click();
  await expect(page.getByText("Zapisano sekcję sprawozdania.")).toBeVisible();
  return total;
}

/** "Złóż sprawozdanie", then the confirmation. */
export async function submitReport(page: Page): Promise<void> {
  await page.getByRole("link", { name: "Złóż sprawozdanie" }).click();
  await page.getByRole("button", { name: "Tak, składam sprawozdanie" }).click();
}

/** The amount shown beside a term of a definition list (dt → dd), in grosze. */
export async function definedAmount(page: Page, term: string | RegExp): Promise<number> {
  const dt = page.locator("dt").filter({ hasText: term }).first();
  return grosze((await dt.locator("xpath=following-sibling::dd[1]").textContent()) ?? "");
}

/**
 * The contract's terms form: support with own contribution, one representative, the account, the
 * instalments, a partial report (from the task's start) before the default final one, 20 % shift.
 */
export async function fillContractTerms(
  page: Page,
  terms: {
    bankAccount: string;
    instalments: { plannedOn: string; amount: number }[];
    partial: { periodEnd: string; dueOn: string };
  },
): Promise<void> {
  // The form proposes the final report over the task's whole period.
  await expect(labelled(page, "Rodzaj sprawozdania 1")).toHaveValue("final");
  const final = {
    kind: "final",
    periodStart: await labelled(page, "Początek okresu sprawozdania 1").inputValue(),
    periodEnd: await labelled(page, "Koniec okresu sprawozdania 1").inputValue(),
    dueOn: await labelled(page, "Termin złożenia sprawozdania 1").inputValue(),
  };
  expect(final.periodStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await page.getByRole("radio", { name: "Wspieranie (z wkładem własnym)" }).check();
  await labelled(page, "Imię i nazwisko (1)").fill("Anna Zielińska");
  await labelled(page, "Funkcja (1)").fill("Zastępczyni Prezydenta Miasta");
  await labelled(page, "Numer rachunku bankowego Zleceniobiorcy").fill(terms.bankAccount);
  await setRows(
    page,
    terms.instalments.map((i) => ({ plannedOn: i.plannedOn, amount: typedAmount(i.amount) })),
    { plannedOn: "Termin przekazania transzy {n}", amount: "Kwota transzy {n} (zł)" },
  );
  await setRows(page, [{ kind: "partial", periodStart: final.periodStart, ...terms.partial }, final], {
    kind: "Rodzaj sprawozdania {n}",
    periodStart: "Początek okresu sprawozdania {n}",
    periodEnd: "Koniec okresu sprawozdania {n}",
    dueOn: "Termin złożenia sprawozdania {n}",
  });
  await labelled(page, "Dopuszczalne zwiększenie pozycji kosztorysu bez aneksu (%)").fill("20");
}
