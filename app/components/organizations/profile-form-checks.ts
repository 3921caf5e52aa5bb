import { OrganizationProfileFormSchema, PROFILE_FORM_ARRAYS } from "~/domain/organizations/schemas";
import {
  IbanSchema,
  KrsSchema,
  NipSchema,
  PostalCodeSchema,
  RegonSchema,
} from "~/platform/validation/identifiers";
import type { Translate } from "../../i18n/catalog";
import type { FieldErrors } from "../forms";

/** Fields checked in the browser as soon as the person leaves them, with the same schemas as the server. */
export const CHECK_ON_BLUR: Record<
  string,
  { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }
> = {
  nip: NipSchema,
  regon: RegonSchema,
  krs: KrsSchema,
  iban: IbanSchema,
  postalCode: PostalCodeSchema,
};

/** The whole profile checked in the browser before sending (the server checks it again). */
export function checkInBrowser(form: HTMLFormElement): FieldErrors | null {
  const raw: Record<string, unknown> = {};
  const data = new FormData(form);
  for (const key of new Set(data.keys())) {
    const all = data.getAll(key).filter((v): v is string => typeof v === "string");
    raw[key] = PROFILE_FORM_ARRAYS.includes(key) ? all : all[0];
  }
  for (const key of PROFILE_FORM_ARRAYS) raw[key] ??= [];
  const parsed = OrganizationProfileFormSchema.safeParse(raw);
  if (parsed.success) return null;
  const errors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    errors[key] = [...(errors[key] ?? []), issue.message];
  }
  return errors;
}

/** Labels of every field, also for the error summary (representatives' rows included). */
export function fieldLabels(t: Translate, rows: number) {
  const named = {
    name: t("org.field.name"),
    legalForm: t("org.field.legalForm"),
    krs: t("org.field.krs"),
    otherRegister: t("org.field.otherRegister"),
    nip: t("org.field.nip"),
    regon: t("org.field.regon"),
    street: t("org.field.street"),
    postalCode: t("org.field.postalCode"),
    city: t("org.field.city"),
    district: t("org.field.district"),
    email: t("org.field.email"),
    phone: t("org.field.phone"),
    website: t("org.field.website"),
    iban: t("org.field.iban"),
    areas: t("org.field.areas"),
    opp: t("org.field.opp"),
    representatives: t("org.field.representatives"),
    description: t("org.field.description"),
    hiddenFields: t("org.field.hiddenFields"),
  };
  const rowLabels: Record<string, string> = {};
  for (let i = 0; i < rows + 2; i++) {
    rowLabels[`representatives.${i}.name`] = t("org.field.representativeName", { n: i + 1 });
    rowLabels[`representatives.${i}.function`] = t("org.field.representativeFunction", { n: i + 1 });
  }
  return { ...rowLabels, ...named };
}
