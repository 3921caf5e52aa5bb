import type { Page } from "@playwright/test";
import { expect } from "./helpers";
import { control, typeInto } from "./offer-steps";

/* Steps and data of the evaluation's browser test (e2e/evaluation.spec.ts). */

export const SPORT = /^Szkolenie sportowe dzieci i młodzieży w \d{4} r\.$/;

/** The four demo offers of the sports call in evaluation (demo/demo-offers.ts), by their role in the test. */
export const OFFERS = {
  corrected: {
    organization: "Stowarzyszenie „Sportowa Częstochowa”",
    title: "Szkolenie sportowe grup młodzieżowych w piłce ręcznej",
  },
  rejected: { organization: "LKS „Gol-Start” Częstochowa", title: "Piłkarska akademia Kiedrzyna" },
  weak: {
    organization: "Uczniowski Klub Sportowy przy Szkole Podstawowej nr 35 w Częstochowie",
    title: "Lekkoatletyka dla uczniów szkół podstawowych",
  },
  sailing: {
    organization: "Częstochowski Okręgowy Związek Żeglarski",
    title: "Szkolenie żeglarskie dzieci i młodzieży na zalewie Mirów",
  },
} as const;
export type OfferRole = keyof typeof OFFERS;

/** The id of the demo's sports competition in evaluation, from the public API. */
export async function sportCompetitionId(page: Page): Promise<{ id: string; title: string }> {
  const list = await (await page.request.get("/api/v1/competitions?status=evaluation")).json();
  const item = (list.items as { id: string; title: string }[]).find((c) => SPORT.test(c.title));
  if (!item) throw new Error("the demo's sports competition in evaluation is missing");
  return item;
}

/** The offers' ids, read from the links of the office's formal-check list. */
export async function offerIdsOf(office: Page, competitionId: string): Promise<Record<OfferRole, string>> {
  await office.goto(`/urzad/konkursy/${competitionId}/ocena-formalna`);
  const table = office.getByRole("table", { name: "Złożone oferty (4) i wynik oceny formalnej" });
  await expect(table.getByRole("row")).toHaveCount(5);
  const ids = {} as Record<OfferRole, string>;
  for (const [role, offer] of Object.entries(OFFERS) as [OfferRole, (typeof OFFERS)[OfferRole]][]) {
    const href = await table.getByRole("link", { name: offer.title, exact: true }).getAttribute("href");
    const id = /\/urzad\/oferty\/([0-9a-f-]{36})\/ocena-formalna$/.exec(href ?? "")?.[1];
    if (!id) throw new Error(`no formal-check link for ${offer.title}: ${href}`);
    ids[role] = id;
  }
  return ids;
}

/**
 * Marks every checklist item of the formal-check form: „Spełnia”, unless `marks` names the item
 * (by the start of its legend) with another result; a note where given.
 */
export async function markChecklist(
  page: Page,
  marks: Record<string, { result?: "Spełnia" | "Nie spełnia" | "Nie dotyczy"; note?: string }> = {},
): Promise<void> {
  const items = page.locator("fieldset").filter({ has: page.getByRole("radio") });
  const count = await items.count();
  expect(count).toBeGreaterThanOrEqual(6);
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    const legend = ((await item.locator("legend").textContent()) ?? "").trim();
    const mark = Object.entries(marks).find(([label]) => legend.startsWith(label))?.[1] ?? {};
    await item.getByRole("radio", { name: mark.result ?? "Spełnia", exact: true }).check();
    if (mark.note) await item.getByLabel("Uwagi").fill(mark.note);
  }
}

/**
 * Fills a member's score sheet: for each criterion `share` of its maximum (rounded, at least 0)
 * and a justification; submits it. Returns the total given.
 */
export async function scoreOffer(page: Page, url: string, share: number, why: string): Promise<number> {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  const points = page.getByLabel(/^Liczba punktów: /);
  const justifications = page.getByLabel(/^Uzasadnienie: /);
  const count = await points.count();
  expect(count).toBeGreaterThan(0);
  await expect(justifications).toHaveCount(count);
  let total = 0;
  for (let i = 0; i < count; i++) {
    const id = await points.nth(i).getAttribute("id");
    const label = (await page.locator(`label[for="${id}"]`).textContent()) ?? "";
    const max = Number(/od 0 do (\d+)/.exec(label)?.[1]);
    expect(max, label).toBeGreaterThan(0);
    const given = Math.max(0, Math.min(max, Math.round(max * share)));
    total += given;
    await points.nth(i).fill(String(given));
    await justifications.nth(i).fill(`${why} (${given} z ${max} pkt).`);
  }
  await page.getByRole("button", { name: "Przekaż ocenę" }).click();
  await expect(page.getByText("Przekazano ocenę oferty.")).toBeVisible();
  await expect(page.getByText(new RegExp(`suma punktów: ${total}\\.`))).toBeVisible();
  return total;
}

/** Grosze of a Polish amount as shown ("71 136,00 zł"). */
export function grosze(text: string): number {
  const m = /(\d[\d\s\u00a0\u202f]*),(\d{2})/.exec(text);
  if (!m) throw new Error(`no amount in "${text}"`);
  return Number((m[1] ?? "").replace(/\D/g, "")) * 100 + Number(m[2]);
}

/** A Polish amount to type ("64 022,00") of grosze. */
export function typedAmount(value: number): string {
  const zloty = Math.floor(value / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${zloty},${String(value % 100).padStart(2, "0")}`;
}

/** A Polish amount as the app shows it, with any kind of space between the thousands ("64 022,00"). */
export function amountPattern(value: number): RegExp {
  return new RegExp(typedAmount(value).replace(/ /g, "[\\s\\u00a0\\u202f]"));
}

/** The organisation's own mailbox, as its public profile gives it. */
export async function organizationEmail(page: Page, name: string): Promise<string> {
  const list = await (await page.request.get(`/api/v1/organizations?q=${encodeURIComponent(name)}`)).json();
  const item = (list.items as { id: string; name: string }[]).find((o) => o.name === name);
  if (!item) throw new Error(`no public organisation named ${name}`);
  const profile = await (await page.request.get(`/api/v1/organizations/${item.id}`)).json();
  if (!profile.email) throw new Error(`${name} shows no e-mail address`);
  return profile.email as string;
}

/** Today in Warsaw as YYYY-MM-DD. */
export function warsawToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(new Date());
}

/**
 * The organisation answers a correction request for section III: the banner on its offer, the
 * correction page listing what failed, the summary retyped, saved, and the correction submitted.
 * Returns the summary as it was before.
 */
export async function correctSectionIII(club: Page, offerId: string, corrected: string): Promise<string> {
  await club.goto(`/panel/oferty/${offerId}`);
  await expect(club.getByRole("heading", { name: "Wezwanie do usunięcia braków formalnych" })).toBeVisible();
  await club.getByRole("link", { name: "Zobacz, co trzeba poprawić" }).click();
  await expect(club).toHaveURL(new RegExp(`/panel/oferty/${offerId}/korekta$`));
  await expect(club.getByText("Wszystkie części oferty są wypełnione: W opisie zadania")).toBeVisible();
  await expect(club.getByText("Nie wprowadzono jeszcze żadnej zmiany.")).toBeVisible();
  await club.getByRole("link", { name: "III. Opis zadania" }).click();
  const summary = control(club, "summary");
  await expect(summary).toBeEditable();
  const before = await summary.inputValue();
  expect(before).not.toBe(corrected);
  await typeInto(club, summary, corrected);
  await club.getByRole("button", { name: "Zapisz", exact: true }).click();
  await expect(club.getByText("Zapisano.", { exact: true })).toBeVisible();
  await club.goto(`/panel/oferty/${offerId}/korekta`);
  await club.getByRole("button", { name: "Złóż korektę oferty" }).click();
  await expect(club).toHaveURL(new RegExp(`/panel/oferty/${offerId}\\?`));
  await expect(club.getByRole("heading", { name: "Wezwanie do usunięcia braków formalnych" })).toHaveCount(0);
  return before;
}

/** The office sees the correction as version 2 and the summary's change between versions 1 and 2. */
export async function expectCorrectionVersion(
  page: Page,
  offerId: string,
  before: string,
  corrected: string,
): Promise<void> {
  await page.goto(`/urzad/oferty/${offerId}/ocena-formalna`);
  const history = page.getByRole("table", { name: "Złożone wersje oferty" });
  await expect(history.getByRole("row")).toHaveCount(3);
  await expect(history.getByRole("row").nth(2)).toContainText("Korekta");
  await expect(page.getByText("Braki usunięto")).toBeVisible();
  await history.getByRole("link", { name: "różnice wersji 1 i 2" }).click();
  await expect(page).toHaveURL(new RegExp(`/urzad/oferty/${offerId}/roznice\\?z=1&do=2$`));
  const changed = page.getByRole("row").filter({ hasText: corrected });
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText(before);
  await expect(changed.getByRole("rowheader")).toContainText(/summary/);
}

/**
 * A committee member's declaration (UDPP art. 15 ust. 2d): with a conflict with one offeror and
 * its circumstance, or with none; the member may then score.
 */
export async function declareConflicts(
  member: Page,
  competitionId: string,
  conflict?: { organization: string; circumstance: string },
): Promise<void> {
  await member.goto(`/komisja/${competitionId}`);
  await expect(
    member.getByRole("heading", { name: "Oświadczenie o braku konfliktu interesów" }),
  ).toBeVisible();
  if (conflict) {
    await member.getByRole("checkbox", { name: new RegExp(conflict.organization) }).check();
    await member.getByLabel(/^Okoliczność konfliktu interesów/).fill(conflict.circumstance);
  }
  await member.getByRole("checkbox", { name: /^Oświadczam, że zapoznałem się/ }).check();
  await member.getByRole("button", { name: "Składam oświadczenie" }).click();
  await expect(member.getByText("Złożono oświadczenie. Możesz oceniać oferty.")).toBeVisible();
}

/** The officer passes an offer's formal check: every item marked, the signed copy with a note. */
export async function passFormally(page: Page, offerId: string, signedNote: string): Promise<void> {
  await page.goto(`/urzad/oferty/${offerId}/ocena-formalna`);
  await markChecklist(page, { "Złożono podpisany egzemplarz": { note: signedNote } });
  await page.getByRole("button", { name: "Oferta spełnia wymogi formalne" }).click();
  await expect(page.getByText("Zapisano decyzję i powiadomiono organizację.")).toBeVisible();
  await expect(page.getByText("Wynik: Spełnia wymogi formalne")).toBeVisible();
}
