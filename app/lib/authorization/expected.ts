import { EXPECTED_ANNEXES } from "./expected-annexes";
import { EXPECTED_COMMITTEE } from "./expected-committee";
import { EXPECTED_CONTRACTS } from "./expected-contracts";
import { EXPECTED_EVALUATION } from "./expected-evaluation";
import { EXPECTED_REPORTS } from "./expected-reports";
import { EXPECTED_RESULTS } from "./expected-results";
import { EXPECTED_SETTLEMENT } from "./expected-settlement";
import {
  ADMIN,
  COORDINATION,
  GUEST,
  id,
  type MatrixEntry,
  MEMBER_A,
  NOT_FOUND,
  OFFICE,
  OFFICE_X,
  PUBLIC,
  PUBLISHED_NOT_EDITABLE,
  REAUTH,
  STATIC,
  SUBMITTED_X,
  USER,
} from "./expected-shapes";
import { EXPECTED_UPDATES } from "./expected-updates";
import type { MatrixIds } from "./matrix-world";

/*
 * Who may open each route (its loader), as the procedures' policies say. Paths and parameters
 * name the world's resources in braces: {orgA} (organisation A's id), {competitionX} (a
 * published competition of department X), {offerA} (A's draft offer), {attachmentA},
 * {submittedX} (another organisation's offer submitted in department X), {outboxId}, {newsId},
 * {eventId}, {evaluationY} (a competition of department Y in evaluation), {evaluatedOfferY} (an offer
 * submitted in it), {resolvedCompetition} (a resolved competition of a third department). "any" is for pages whose answer does not depend on who asks in a way worth pinning
 * (a token link) — they must still not fail.
 */

const CORE: Record<string, MatrixEntry> = {
  "$.tsx": { path: "/nie-ma-takiej-strony", params: { "*": "nie-ma-takiej-strony" }, expect: NOT_FOUND },
  "_index.tsx": { path: "/", expect: PUBLIC },
  "admin._index.tsx": { path: "/admin", expect: COORDINATION },
  "admin.dziennik.tsx": { path: "/admin/dziennik", expect: COORDINATION },
  "admin.poczta.$id.tsx": {
    path: `/admin/poczta/${id("outboxId")}`,
    params: { id: id("outboxId") },
    expect: ADMIN,
  },
  "admin.poczta._index.tsx": { path: "/admin/poczta", expect: ADMIN },
  "admin.tsx": { path: "/admin", expect: COORDINATION },
  "admin.ustawienia.tsx": { path: "/admin/ustawienia", expect: ADMIN },
  "admin.uzytkownicy.tsx": { path: "/admin/uzytkownicy", expect: ADMIN },
  "admin.uzytkownicy_.zapros.tsx": { path: "/admin/uzytkownicy/zapros", expect: ADMIN },
  "admin.wydzialy.tsx": { path: "/admin/wydzialy", expect: ADMIN },
  "aktualnosci.$id.tsx": {
    path: `/aktualnosci/${id("newsId")}`,
    params: { id: id("newsId") },
    expect: PUBLIC,
  },
  "aktualnosci._index.tsx": { path: "/aktualnosci", expect: PUBLIC },
  "aktualnosci.obraz.$id.ts": {
    path: `/aktualnosci/obraz/${id("newsId")}`,
    params: { id: id("newsId") },
    expect: NOT_FOUND,
  },
  "aktualnosci.zglos.tsx": { path: "/aktualnosci/zglos", expect: PUBLIC },
  "api.v1.competitions.ts": { path: "/api/v1/competitions", expect: PUBLIC },
  "api.v1.competitions_.$id.ts": {
    path: `/api/v1/competitions/${id("competitionX")}`,
    params: { id: id("competitionX") },
    expect: PUBLIC,
  },
  "api.v1.events.ts": { path: "/api/v1/events", expect: PUBLIC },
  "api.v1.news.ts": { path: "/api/v1/news", expect: PUBLIC },
  "api.v1.openapi[.]json.ts": { path: "/api/v1/openapi.json", expect: PUBLIC },
  "api.v1.organizations.ts": { path: "/api/v1/organizations", expect: PUBLIC },
  "api.v1.organizations_.$id.ts": {
    path: `/api/v1/organizations/${id("orgA")}`,
    params: { id: id("orgA") },
    expect: PUBLIC,
  },
  "bezpieczenstwo.tsx": { path: "/bezpieczenstwo", expect: STATIC },
  "deklaracja-dostepnosci.tsx": { path: "/deklaracja-dostepnosci", expect: PUBLIC },
  "jeden-i-pol-procent.tsx": { path: "/jeden-i-pol-procent", expect: PUBLIC },
  "kalendarz.$id[.]ics.ts": {
    path: `/kalendarz/${id("eventId")}.ics`,
    params: { id: id("eventId") },
    expect: PUBLIC,
  },
  "kalendarz.$id.tsx": { path: `/kalendarz/${id("eventId")}`, params: { id: id("eventId") }, expect: PUBLIC },
  "kalendarz._index.tsx": { path: "/kalendarz", expect: PUBLIC },
  "kalendarz[.]ics.ts": { path: "/kalendarz.ics", expect: PUBLIC },
  "konkursy.$id._index.tsx": {
    path: `/konkursy/${id("competitionX")}`,
    params: { id: id("competitionX") },
    expect: PUBLIC,
  },
  "konkursy.$id.ogloszenie[.]pdf.ts": {
    path: `/konkursy/${id("competitionX")}/ogloszenie.pdf`,
    params: { id: id("competitionX") },
    expect: PUBLIC,
  },
  "konkursy._index.tsx": { path: "/konkursy", expect: PUBLIC },
  "kontakt.tsx": { path: "/kontakt", expect: PUBLIC },
  "konto.2fa.tsx": { path: "/konto/2fa", expect: USER },
  "konto._index.tsx": { path: "/konto", expect: USER },
  "konto.email.tsx": { path: "/konto/email", expect: REAUTH },
  "konto.haslo.tsx": { path: "/konto/haslo", expect: REAUTH },
  "konto.potwierdz.tsx": { path: "/konto/potwierdz", expect: USER },
  "logowanie.2fa._index.tsx": { path: "/logowanie/2fa", expect: { default: "any" } },
  "logowanie.2fa.konfiguracja.tsx": { path: "/logowanie/2fa/konfiguracja", expect: { default: "any" } },
  "logowanie._index.tsx": { path: "/logowanie", expect: GUEST },
  "news[.]atom.ts": { path: "/news.atom", expect: PUBLIC },
  "news[.]xml.ts": { path: "/news.xml", expect: PUBLIC },
  "organizacje.$id.tsx": { path: `/organizacje/${id("orgA")}`, params: { id: id("orgA") }, expect: PUBLIC },
  "organizacje._index.tsx": { path: "/organizacje", expect: PUBLIC },
  "organizacje.zglos.tsx": { path: "/organizacje/zglos", expect: PUBLIC },
  "organizacje[.]csv.ts": { path: "/organizacje.csv", expect: PUBLIC },
  "organizacje[.]xlsx.ts": { path: "/organizacje.xlsx", expect: PUBLIC },
  "panel._index.tsx": { path: "/panel", expect: USER },
  "panel.oferty.$id.$sekcja.tsx": {
    path: `/panel/oferty/${id("offerA")}/opis`,
    params: { id: id("offerA"), sekcja: "opis" },
    expect: MEMBER_A,
  },
  "panel.oferty.$id._index.tsx": {
    path: `/panel/oferty/${id("offerA")}`,
    params: { id: id("offerA") },
    expect: MEMBER_A,
  },
  "panel.oferty.$id.partnerzy.tsx": {
    path: `/panel/oferty/${id("offerA")}/partnerzy`,
    params: { id: id("offerA") },
    expect: MEMBER_A,
  },
  "panel.oferty.$id.podglad.tsx": {
    path: `/panel/oferty/${id("offerA")}/podglad`,
    params: { id: id("offerA") },
    expect: MEMBER_A,
  },
  "panel.oferty.$id.podglad[.]pdf.ts": {
    path: `/panel/oferty/${id("offerA")}/podglad.pdf`,
    params: { id: id("offerA") },
    expect: MEMBER_A,
  },
  "panel.oferty.$id.wersje.$numer[.]pdf.ts": {
    path: `/panel/oferty/${id("submittedX")}/wersje/1.pdf`,
    params: { id: id("submittedX"), numer: "1" },
    expect: SUBMITTED_X,
  },
  "panel.oferty.$id.zalaczniki.$attachmentId.ts": {
    path: `/panel/oferty/${id("offerA")}/zalaczniki/${id("attachmentA")}`,
    params: { id: id("offerA"), attachmentId: id("attachmentA") },
    expect: MEMBER_A,
  },
  "panel.oferty.$id.zalaczniki.tsx": {
    path: `/panel/oferty/${id("offerA")}/zalaczniki`,
    params: { id: id("offerA") },
    expect: MEMBER_A,
  },
  "panel.oferty._index.tsx": { path: "/panel/oferty", expect: USER },
  "panel.oferty.nowa.tsx": { path: `/panel/oferty/nowa?konkurs=${id("competitionX")}`, expect: USER },
  "panel.wydarzenia.tsx": { path: "/panel/wydarzenia", expect: USER },
  "panel.organizacje.$id._index.tsx": {
    path: `/panel/organizacje/${id("orgA")}`,
    params: { id: id("orgA") },
    expect: MEMBER_A,
  },
  "panel.organizacje.$id.czlonkowie.tsx": {
    path: `/panel/organizacje/${id("orgA")}/czlonkowie`,
    params: { id: id("orgA") },
    expect: MEMBER_A,
  },
  "panel.organizacje.$id.edytuj.tsx": {
    path: `/panel/organizacje/${id("orgA")}/edytuj`,
    params: { id: id("orgA") },
    expect: MEMBER_A,
  },
  "potwierdz-email.$token.tsx": {
    path: "/potwierdz-email/zly-token",
    params: { token: "zly-token" },
    expect: { default: "any" },
  },
  "preferencje.tsx": { path: "/preferencje", expect: { default: "redirect" } },
  "rejestracja.tsx": { path: "/rejestracja", expect: GUEST },
  "reset-hasla.$token.tsx": {
    path: "/reset-hasla/zly-token",
    params: { token: "zly-token" },
    expect: { default: "any" },
  },
  "reset-hasla._index.tsx": { path: "/reset-hasla", expect: STATIC },
  "urzad._index.tsx": { path: "/urzad", expect: OFFICE },
  "urzad.aktualnosci.tsx": { path: "/urzad/aktualnosci", expect: COORDINATION },
  "urzad.kalendarz.tsx": { path: "/urzad/kalendarz", expect: COORDINATION },
  "urzad.kampania-1-5.tsx": { path: "/urzad/kampania-1-5", expect: COORDINATION },
  "urzad.konkursy.$id._index.tsx": {
    path: `/urzad/konkursy/${id("competitionX")}`,
    params: { id: id("competitionX") },
    expect: OFFICE_X,
  },
  "urzad.konkursy.$id.edytuj.tsx": {
    path: `/urzad/konkursy/${id("competitionX")}/edytuj`,
    params: { id: id("competitionX") },
    expect: PUBLISHED_NOT_EDITABLE,
  },
  "urzad.konkursy.$id.oferty.tsx": {
    path: `/urzad/konkursy/${id("competitionX")}/oferty`,
    params: { id: id("competitionX") },
    expect: OFFICE_X,
  },
  "urzad.konkursy.$id.oferty[.]csv.ts": {
    path: `/urzad/konkursy/${id("competitionX")}/oferty.csv`,
    params: { id: id("competitionX") },
    expect: OFFICE_X,
  },
  "urzad.konkursy.$id.oferty[.]xlsx.ts": {
    path: `/urzad/konkursy/${id("competitionX")}/oferty.xlsx`,
    params: { id: id("competitionX") },
    expect: OFFICE_X,
  },
  "urzad.konkursy.$id.zmiana.tsx": {
    path: `/urzad/konkursy/${id("competitionX")}/zmiana`,
    params: { id: id("competitionX") },
    expect: OFFICE_X,
  },
  "urzad.konkursy._index.tsx": { path: "/urzad/konkursy", expect: OFFICE },
  "urzad.konkursy.nowy.tsx": { path: "/urzad/konkursy/nowy", expect: OFFICE },
  "urzad.oferty.$id.wersje.$numer.tsx": {
    path: `/urzad/oferty/${id("submittedX")}/wersje/1`,
    params: { id: id("submittedX"), numer: "1" },
    expect: OFFICE_X,
  },
  "urzad.oferty.$id.wersje.$numer[.]pdf.ts": {
    path: `/urzad/oferty/${id("submittedX")}/wersje/1.pdf`,
    params: { id: id("submittedX"), numer: "1" },
    expect: OFFICE_X,
  },
  "urzad.organizacje.$id.tsx": {
    path: `/urzad/organizacje/${id("orgA")}`,
    params: { id: id("orgA") },
    expect: OFFICE,
  },
  "urzad.organizacje._index.tsx": { path: "/urzad/organizacje", expect: OFFICE },
  "urzad.skrzynka.tsx": { path: "/urzad/skrzynka", expect: COORDINATION },
  "wyloguj.tsx": { path: "/wyloguj", expect: { default: "any" } },
  "zaproszenie.$token.tsx": {
    path: "/zaproszenie/zly-token",
    params: { token: "zly-token" },
    expect: { default: "any" },
  },
  "zglos-blad.tsx": { path: "/zglos-blad", expect: PUBLIC },
};

export const EXPECTED: Record<string, MatrixEntry> = {
  ...CORE,
  ...EXPECTED_EVALUATION,
  ...EXPECTED_COMMITTEE,
  ...EXPECTED_RESULTS,
  ...EXPECTED_UPDATES,
  ...EXPECTED_CONTRACTS,
  ...EXPECTED_ANNEXES,
  ...EXPECTED_REPORTS,
  ...EXPECTED_SETTLEMENT,
};

/** The entry's path and parameters with the world's ids put in. */
export function urlOf(entry: MatrixEntry, ids: MatrixIds): { path: string; params: Record<string, string> } {
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, key: keyof MatrixIds) => ids[key]);
  return {
    path: fill(entry.path),
    params: Object.fromEntries(Object.entries(entry.params ?? {}).map(([k, v]) => [k, fill(v)])),
  };
}
