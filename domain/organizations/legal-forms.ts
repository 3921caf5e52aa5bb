/**
 * Legal forms of the entities that may join the NGO base (PROCESS.md §2; UDPP art. 3 ust. 2 and 3;
 * for public-health competitions also other entities with matching statutory aims, UZP art. 3
 * ust. 2). Codes are stable and stored; labels live in the i18n catalogue as `org.legalForm.<code>`.
 * `register` says in which KRS register the form is usually entered ("S": associations and
 * foundations, "P": entrepreneurs such as social cooperatives, null: outside KRS, e.g. kept by the
 * starost or the president of the city).
 */
export const LEGAL_FORMS = [
  { code: "registered_association", label: "stowarzyszenie rejestrowe", register: "S" },
  { code: "ordinary_association", label: "stowarzyszenie zwykłe", register: null },
  { code: "foundation", label: "fundacja", register: "S" },
  { code: "association_branch", label: "jednostka terenowa stowarzyszenia", register: "S" },
  { code: "volunteer_fire_brigade", label: "ochotnicza straż pożarna", register: "S" },
  { code: "student_sports_club", label: "uczniowski klub sportowy", register: null },
  { code: "sports_club", label: "klub sportowy (stowarzyszenie kultury fizycznej)", register: "S" },
  { code: "social_cooperative", label: "spółdzielnia socjalna", register: "P" },
  { code: "church_legal_person", label: "kościelna osoba prawna", register: null },
  { code: "other_art3_3", label: "inny podmiot z art. 3 ust. 3 ustawy", register: null },
  { code: "health_entity", label: "podmiot leczniczy lub inny podmiot (zdrowie publiczne)", register: null },
] as const satisfies readonly { code: string; label: string; register: "S" | "P" | null }[];

export type LegalFormCode = (typeof LEGAL_FORMS)[number]["code"];

export const LEGAL_FORM_CODES = LEGAL_FORMS.map((f) => f.code) as [LegalFormCode, ...LegalFormCode[]];

export function isLegalFormCode(value: unknown): value is LegalFormCode {
  return typeof value === "string" && (LEGAL_FORM_CODES as readonly string[]).includes(value);
}

/** The KRS register to ask for a legal form ("S" unless the form lives in the entrepreneurs' register). */
export function krsRegisterOf(code: LegalFormCode | undefined): "S" | "P" {
  return LEGAL_FORMS.find((f) => f.code === code)?.register === "P" ? "P" : "S";
}
