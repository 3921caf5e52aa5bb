import { accessibility as enAccessibility } from "./en/accessibility";
import { admin as enAdmin } from "./en/admin";
import { annexes as enAnnexes } from "./en/annexes";
import { committee as enCommittee } from "./en/committee";
import { common as enCommon } from "./en/common";
import { competitions as enCompetitions } from "./en/competitions";
import { contact as enContact } from "./en/contact";
import { contracts as enContracts } from "./en/contracts";
import { evaluation as enEvaluation } from "./en/evaluation";
import { events as enEvents } from "./en/events";
import { files as enFiles } from "./en/files";
import { identity as enIdentity } from "./en/identity";
import { news as enNews } from "./en/news";
import { offerDocument as enOfferDocument } from "./en/offer-document";
import { offers as enOffers } from "./en/offers";
import { offersOffice as enOffersOffice } from "./en/offers-office";
import { organizations as enOrganizations } from "./en/organizations";
import { portal as enPortal } from "./en/portal";
import { reports as enReports } from "./en/reports";
import { results as enResults } from "./en/results";
import { settlement as enSettlement } from "./en/settlement";
import { updates as enUpdates } from "./en/updates";
import { accessibility as plAccessibility } from "./pl/accessibility";
import { admin as plAdmin } from "./pl/admin";
import { annexes as plAnnexes } from "./pl/annexes";
import { committee as plCommittee } from "./pl/committee";
import { common as plCommon } from "./pl/common";
import { competitions as plCompetitions } from "./pl/competitions";
import { contact as plContact } from "./pl/contact";
import { contracts as plContracts } from "./pl/contracts";
import { evaluation as plEvaluation } from "./pl/evaluation";
import { events as plEvents } from "./pl/events";
import { files as plFiles } from "./pl/files";
import { identity as plIdentity } from "./pl/identity";
import { news as plNews } from "./pl/news";
import { offerDocument as plOfferDocument } from "./pl/offer-document";
import { offers as plOffers } from "./pl/offers";
import { offersOffice as plOffersOffice } from "./pl/offers-office";
import { organizations as plOrganizations } from "./pl/organizations";
import { portal as plPortal } from "./pl/portal";
import { reports as plReports } from "./pl/reports";
import { results as plResults } from "./pl/results";
import { settlement as plSettlement } from "./pl/settlement";
import { updates as plUpdates } from "./pl/updates";

/**
 * The catalogues, one file per area and language (app/i18n/pl/<area>.ts, app/i18n/en/<area>.ts).
 * Import each area here in both languages; a key missing in English falls back to Polish.
 */
const pl: Record<string, string> = {
  ...plCommon,
  ...plAdmin,
  ...plAccessibility,
  ...plIdentity,
  ...plOrganizations,
  ...plCompetitions,
  ...plPortal,
  ...plOffers,
  ...plOffersOffice,
  ...plOfferDocument,
  ...plFiles,
  ...plNews,
  ...plContact,
  ...plEvents,
  ...plEvaluation,
  ...plCommittee,
  ...plResults,
  ...plUpdates,
  ...plAnnexes,
  ...plContracts,
  ...plReports,
  ...plSettlement,
};
const en: Record<string, string> = {
  ...enCommon,
  ...enAdmin,
  ...enAccessibility,
  ...enIdentity,
  ...enOrganizations,
  ...enCompetitions,
  ...enPortal,
  ...enOffers,
  ...enOffersOffice,
  ...enOfferDocument,
  ...enFiles,
  ...enNews,
  ...enContact,
  ...enEvents,
  ...enEvaluation,
  ...enCommittee,
  ...enResults,
  ...enUpdates,
  ...enAnnexes,
  ...enContracts,
  ...enReports,
  ...enSettlement,
};

export const LOCALES = ["pl", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const catalogs: Record<Locale, Record<string, string>> = { pl, en };

export function isLocale(value: unknown): value is Locale {
  return value === "pl" || value === "en";
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Returns a translator for a locale; an unknown key is returned as is so it shows up in review. */
export function translator(locale: Locale): Translate {
  const table = catalogs[locale];
  return (key, params) => {
    const template = table[key] ?? pl[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  };
}
