import { isValidNip, isValidRegon, normalizePostalCode } from "../../../platform/validation/identifiers";
import type { LegalFormCode } from "../legal-forms";
import { ORG_LIMITS, type OrganizationProfile } from "../schemas";
import type { KrsExtract } from "./krs-extract";

/** Short words written in lower case inside a name ("Stowarzyszenie na Rzecz…" keeps "na" small). */
const SMALL_WORDS = new Set([
  "i",
  "w",
  "z",
  "ze",
  "we",
  "na",
  "do",
  "dla",
  "o",
  "od",
  "po",
  "oraz",
  "im.",
  "pod",
  "przy",
  "u",
]);
/** Street prefixes as they are written in Polish addresses. */
const STREET_PREFIXES: Record<string, string> = {
  "UL.": "ul.",
  "AL.": "al.",
  "PL.": "pl.",
  "OS.": "os.",
  RONDO: "rondo",
};

/** "FUNDACJA OCZAMI BRATA" → "Fundacja Oczami Brata"; the register writes names in capitals. */
export function krsTextToTitleCase(text: string): string {
  return text
    .trim()
    .toLocaleLowerCase("pl")
    .split(/\s+/)
    .map((word, i) => {
      if (i > 0 && SMALL_WORDS.has(word)) return word;
      return word.replace(
        /^([^\p{L}]*)(\p{L})/u,
        (_, lead: string, first: string) => lead + first.toLocaleUpperCase("pl"),
      );
    })
    .join(" ");
}

/** "PREZES ZARZĄDU" → "Prezes zarządu". */
export function krsTextToSentenceCase(text: string): string {
  const lower = text.trim().toLocaleLowerCase("pl");
  return lower.charAt(0).toLocaleUpperCase("pl") + lower.slice(1);
}

function street(
  adres: NonNullable<NonNullable<KrsExtract["odpis"]["dane"]["dzial1"]["siedzibaIAdres"]>["adres"]>,
) {
  const raw = (adres.ulica ?? "").trim();
  const [first = "", ...rest] = raw.split(/\s+/);
  const prefix = STREET_PREFIXES[first.toUpperCase()];
  const name = prefix ? `${prefix} ${krsTextToTitleCase(rest.join(" "))}` : krsTextToTitleCase(raw);
  const number = [adres.nrDomu, adres.nrLokalu].filter(Boolean).join("/");
  return [name, number].filter(Boolean).join(" ").trim();
}

/** Legal form from the register's "formaPrawna", refined by the name where the form is a kind of association. */
function legalFormOf(formaPrawna: string, name: string): LegalFormCode | undefined {
  const form = formaPrawna.toUpperCase();
  const upper = name.toUpperCase();
  if (form.includes("FUNDACJA")) return "foundation";
  if (form.includes("SPÓŁDZIELNIA")) return upper.includes("SOCJALNA") ? "social_cooperative" : undefined;
  if (form.includes("STOWARZYSZENIE") || form.includes("ZWIĄZEK")) {
    if (upper.includes("OCHOTNICZA STRAŻ POŻARNA")) return "volunteer_fire_brigade";
    if (upper.includes("UCZNIOWSKI KLUB SPORTOWY")) return "student_sports_club";
    if (form.includes("KULTURY FIZYCZNEJ") || upper.includes("KLUB SPORTOWY")) return "sports_club";
    if (form.includes("TERENOWA") || upper.includes(" ODDZIAŁ ") || upper.includes(" KOŁO "))
      return "association_branch";
    return "registered_association";
  }
  return undefined;
}

/** The register writes REGON-9 as 14 digits ending in "00000"; a local unit's REGON-14 is kept whole. */
function regonOf(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const regon = raw.length === 14 && raw.endsWith("00000") ? raw.slice(0, 9) : raw;
  return isValidRegon(regon) ? regon : undefined;
}

function websiteOf(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const lower = raw.trim().toLowerCase();
  return /^https?:\/\//.test(lower) ? lower : `https://${lower}`;
}

/**
 * Prefill values for the registration form from a current KRS extract. Representatives' names are
 * masked by the public API, so only their functions are filled in; the person types the names.
 * Values that do not pass our checks are left out rather than prefilled wrong.
 */
export function mapKrsExtract(krs: string, extract: KrsExtract): Partial<OrganizationProfile> {
  const { dzial1, dzial2, dzial3 } = extract.odpis.dane;
  const subject = dzial1.danePodmiotu;
  const address = dzial1.siedzibaIAdres?.adres;
  const nip = subject.identyfikatory?.nip;
  const email = dzial1.siedzibaIAdres?.adresPocztyElektronicznej?.trim().toLowerCase();
  const purpose = dzial3?.celDzialaniaOrganizacji?.celDzialania?.trim();
  const members = (dzial2?.reprezentacja?.sklad ?? []).filter((m) => !m.czyZawieszona);
  const values: Partial<OrganizationProfile> = {
    krs,
    name: krsTextToTitleCase(subject.nazwa).slice(0, ORG_LIMITS.name),
    legalForm: legalFormOf(subject.formaPrawna ?? "", subject.nazwa),
    nip: nip && isValidNip(nip) ? nip : undefined,
    regon: regonOf(subject.identyfikatory?.regon),
    street: address ? street(address).slice(0, ORG_LIMITS.street) : undefined,
    postalCode: address?.kodPocztowy ? normalizePostalCode(address.kodPocztowy) : undefined,
    city: address?.miejscowosc ? krsTextToTitleCase(address.miejscowosc) : undefined,
    email: email || undefined,
    website: websiteOf(dzial1.siedzibaIAdres?.adresStronyInternetowej),
    opp: subject.czyPosiadaStatusOPP === true,
    representatives: members.map((m) => ({
      name: "",
      function: krsTextToSentenceCase(m.funkcjaWOrganie ?? "").slice(0, ORG_LIMITS.representativeFunction),
    })),
    description: purpose ? krsTextToSentenceCase(purpose).slice(0, ORG_LIMITS.description) : undefined,
  };
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined),
  ) as Partial<OrganizationProfile>;
}

/**
 * Puts prefill values into what the person has typed: the register's values replace the fields it
 * knows; the representatives' rows are taken only if none was typed (the register hides names).
 */
export function mergePrefill(
  typed: Record<string, string>,
  prefill: Record<string, string>,
): Record<string, string> {
  const merged = { ...typed };
  const typedNames = (typed.representativeName ?? "").split("\n").some((n) => n.trim() !== "");
  for (const [key, value] of Object.entries(prefill)) {
    if ((key === "representativeName" || key === "representativeFunction") && typedNames) continue;
    merged[key] = value;
  }
  return merged;
}
