import type { Locator, Page } from "@playwright/test";
import { expect, tabTo } from "./helpers";

/* Keyboard helpers and fixtures of the offers' browser tests (e2e/offers.spec.ts). */

export const RESPITE = /opieki wytchnieniowej/;
/** Stowarzyszenie Wzajemnej Pomocy „AGAPE” (demo/seed-organizations.server.ts), whose editor is ngo-redaktor@. */
export const AGAPE_KRS = "0000301118";
export const AGAPE = "Stowarzyszenie Wzajemnej Pomocy „AGAPE”";

export interface ApiCompetition {
  id: string;
  title: string;
  deadline: string;
  taskPeriod: { start: string; end: string };
}

/** The open respite-care competition as the public API describes it (deadline with its offset). */
export async function respiteCompetition(page: Page): Promise<ApiCompetition> {
  const list = await (await page.request.get("/api/v1/competitions?status=open")).json();
  const item = (list.items as { id: string; title: string }[]).find((c) => RESPITE.test(c.title));
  if (!item) throw new Error("the demo's open respite-care competition is missing");
  return (await (await page.request.get(`/api/v1/competitions/${item.id}`)).json()) as ApiCompetition;
}

/** The control whose id is `f-<name>` (ids of the offer's fields hold dots: "f-rows.0.unitCost"). */
export function control(page: Page, name: string): Locator {
  return page.locator(`[id="f-${name}"]`);
}

/** Focuses the field and types (replacing what was there); long text is inserted as one input. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await target.focus();
  await page.keyboard.press("ControlOrMeta+A");
  if (text.length > 30) await page.keyboard.insertText(text);
  else await page.keyboard.type(text);
}

/** Types into the fields named by their paths, in order. */
export async function typeFields(page: Page, fields: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(fields)) await typeInto(page, control(page, name), value);
}

/** A date field: focused, then set (typing into Chromium's date widget depends on the locale). */
export async function setDate(target: Locator, isoDate: string): Promise<void> {
  await target.focus();
  await target.fill(isoDate);
}

/** Focuses a button or link and presses Enter. */
export async function press(page: Page, target: Locator): Promise<void> {
  await target.focus();
  await page.keyboard.press("Enter");
}

/** Tabs from the current focus to the button or link and presses Enter. */
export async function tabAndPress(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target, 40);
  await page.keyboard.press("Enter");
}

/** Starts an offer of Fundacja Oczami Brata in the competition (the warning about another offer is fine). */
export async function startOffer(page: Page, competitionId: string): Promise<string> {
  await page.goto(`/panel/oferty/nowa?konkurs=${competitionId}`);
  await press(page, page.getByRole("button", { name: "Rozpocznij ofertę" }));
  await expect(page.getByText("Rozpoczęto ofertę.")).toBeVisible();
  const id = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return id;
}

/** "Zapisz" reached by Tab from the current field; the page comes back with "Zapisano.". */
export async function save(page: Page): Promise<void> {
  await tabAndPress(page, page.getByRole("button", { name: "Zapisz", exact: true }));
  await expect(page.getByText("Zapisano.", { exact: true })).toBeVisible();
}

/** The warsaw date `days` after an ISO date. */
export function plusDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
