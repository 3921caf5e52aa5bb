/**
 * Areas of public benefit (sfera zadań publicznych), UDPP art. 4 ust. 1 (Dz.U. 2024 poz. 1491),
 * point by point. Codes are stable and stored in organizations.areas; `point` is the point of
 * art. 4 ust. 1; the Polish label follows the act and is the source of the catalogue's
 * `org.area.<code>` keys.
 */
export const PUBLIC_BENEFIT_AREAS = [
  {
    code: "social_assistance",
    point: "1",
    label:
      "pomoc społeczna, w tym pomoc rodzinom i osobom w trudnej sytuacji życiowej oraz wyrównywanie szans tych rodzin i osób",
  },
  { code: "family_foster_care", point: "1a", label: "wspieranie rodziny i systemu pieczy zastępczej" },
  {
    code: "legal_aid",
    point: "1b",
    label: "udzielanie nieodpłatnej pomocy prawnej oraz zwiększanie świadomości prawnej społeczeństwa",
  },
  {
    code: "social_reintegration",
    point: "2",
    label: "integracja i reintegracja zawodowa i społeczna osób zagrożonych wykluczeniem społecznym",
  },
  { code: "charity", point: "3", label: "działalność charytatywna" },
  {
    code: "national_tradition",
    point: "4",
    label:
      "podtrzymywanie i upowszechnianie tradycji narodowej, pielęgnowanie polskości oraz rozwój świadomości narodowej, obywatelskiej i kulturowej",
  },
  {
    code: "minorities",
    point: "5",
    label: "działalność na rzecz mniejszości narodowych i etnicznych oraz języka regionalnego",
  },
  { code: "foreigners_integration", point: "5a", label: "działalność na rzecz integracji cudzoziemców" },
  { code: "health", point: "6", label: "ochrona i promocja zdrowia, w tym działalność lecznicza" },
  { code: "disability", point: "7", label: "działalność na rzecz osób niepełnosprawnych" },
  {
    code: "employment",
    point: "8",
    label:
      "promocja zatrudnienia i aktywizacja zawodowa osób pozostających bez pracy i zagrożonych zwolnieniem z pracy",
  },
  { code: "gender_equality", point: "9", label: "działalność na rzecz równych praw kobiet i mężczyzn" },
  { code: "seniors", point: "10", label: "działalność na rzecz osób w wieku emerytalnym" },
  {
    code: "economic_development",
    point: "11",
    label: "działalność wspomagająca rozwój gospodarczy, w tym rozwój przedsiębiorczości",
  },
  {
    code: "technology_innovation",
    point: "12",
    label:
      "działalność wspomagająca rozwój techniki, wynalazczości i innowacyjności oraz rozpowszechnianie i wdrażanie nowych rozwiązań technicznych w praktyce gospodarczej",
  },
  {
    code: "local_communities",
    point: "13",
    label: "działalność wspomagająca rozwój wspólnot i społeczności lokalnych",
  },
  { code: "education", point: "14", label: "nauka, szkolnictwo wyższe, edukacja, oświata i wychowanie" },
  {
    code: "children_youth",
    point: "15",
    label: "działalność na rzecz dzieci i młodzieży, w tym wypoczynek dzieci i młodzieży",
  },
  { code: "culture", point: "16", label: "kultura, sztuka, ochrona dóbr kultury i dziedzictwa narodowego" },
  { code: "physical_culture", point: "17", label: "wspieranie i upowszechnianie kultury fizycznej" },
  {
    code: "ecology_animals",
    point: "18",
    label: "ekologia i ochrona zwierząt oraz ochrona dziedzictwa przyrodniczego",
  },
  { code: "tourism", point: "19", label: "turystyka i krajoznawstwo" },
  { code: "public_order", point: "20", label: "porządek i bezpieczeństwo publiczne" },
  {
    code: "defence",
    point: "21",
    label: "obronność państwa i działalność Sił Zbrojnych Rzeczypospolitej Polskiej",
  },
  {
    code: "human_rights",
    point: "22",
    label:
      "upowszechnianie i ochrona wolności i praw człowieka oraz swobód obywatelskich, a także działania wspomagające rozwój demokracji",
  },
  { code: "rescue_civil_protection", point: "23", label: "ratownictwo i ochrona ludności" },
  {
    code: "disaster_relief",
    point: "24",
    label: "pomoc ofiarom katastrof, klęsk żywiołowych, konfliktów zbrojnych i wojen w kraju i za granicą",
  },
  { code: "consumer_rights", point: "25", label: "upowszechnianie i ochrona praw konsumentów" },
  {
    code: "european_integration",
    point: "26",
    label:
      "działalność na rzecz integracji europejskiej oraz rozwijania kontaktów i współpracy między społeczeństwami",
  },
  { code: "volunteering", point: "27", label: "promocja i organizacja wolontariatu" },
  { code: "polish_diaspora", point: "28", label: "pomoc Polonii i Polakom za granicą" },
  { code: "veterans", point: "29", label: "działalność na rzecz kombatantów i osób represjonowanych" },
  { code: "promotion_abroad", point: "30", label: "promocja Rzeczypospolitej Polskiej za granicą" },
  {
    code: "family_children_rights",
    point: "31",
    label:
      "działalność na rzecz rodziny, macierzyństwa, rodzicielstwa, upowszechniania i ochrony praw dziecka",
  },
  {
    code: "addiction_prevention",
    point: "32",
    label: "przeciwdziałanie uzależnieniom i patologiom społecznym",
  },
  { code: "revitalisation", point: "32a", label: "rewitalizacja" },
  {
    code: "ngo_support",
    point: "33",
    label:
      "działalność na rzecz organizacji pozarządowych oraz podmiotów wymienionych w art. 3 ust. 3, w zakresie określonym w pkt 1–32a",
  },
] as const satisfies readonly { code: string; point: string; label: string }[];

export type AreaCode = (typeof PUBLIC_BENEFIT_AREAS)[number]["code"];

export const AREA_CODES = PUBLIC_BENEFIT_AREAS.map((a) => a.code) as [AreaCode, ...AreaCode[]];

export function isAreaCode(value: unknown): value is AreaCode {
  return typeof value === "string" && (AREA_CODES as readonly string[]).includes(value);
}
