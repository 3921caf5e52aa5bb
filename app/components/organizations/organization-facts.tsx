import { formatIban, formatKrs, formatNip, formatRegon } from "~/platform/validation/identifiers";
import { useT } from "../../lib/shell";

/** The profile fields the facts list shows (a stored organisation, as the loader sends it). */
export interface OrganizationFactsData {
  legalForm: string;
  krs: string | null;
  otherRegister: string | null;
  nip: string | null;
  regon: string | null;
  street: string;
  postalCode: string;
  city: string;
  district: string | null;
  email: string;
  phone: string | null;
  website: string | null;
  iban: string | null;
  areas: string[];
  opp: boolean;
  representatives: { name: string; function: string }[];
  description: string;
  hiddenFields: string[];
}

/** The profile as a list of facts; fields the organisation keeps internal are marked so. */
export function OrganizationFacts({ organization: o }: { organization: OrganizationFactsData }) {
  const t = useT();
  const none = t("org.profile.none");
  const hidden = (field: string) =>
    o.hiddenFields.includes(field) ? <span> {t("org.profile.hidden")}</span> : null;
  return (
    <dl className="facts">
      <dt>{t("org.field.legalForm")}</dt>
      <dd>{t(`org.legalForm.${o.legalForm}`)}</dd>
      <dt>{t("org.field.krs")}</dt>
      <dd>{o.krs ? formatKrs(o.krs) : none}</dd>
      {o.otherRegister ? (
        <>
          <dt>{t("org.field.otherRegister")}</dt>
          <dd>{o.otherRegister}</dd>
        </>
      ) : null}
      <dt>{t("org.field.nip")}</dt>
      <dd>{o.nip ? formatNip(o.nip) : none}</dd>
      <dt>{t("org.field.regon")}</dt>
      <dd>{o.regon ? formatRegon(o.regon) : none}</dd>
      <dt>{t("org.fieldset.address")}</dt>
      <dd>
        {o.street}, {o.postalCode} {o.city}
      </dd>
      <dt>{t("org.field.district")}</dt>
      <dd>{o.district ?? none}</dd>
      <dt>{t("org.field.email")}</dt>
      <dd>
        <a href={`mailto:${o.email}`}>{o.email}</a>
        {hidden("email")}
      </dd>
      <dt>{t("org.field.phone")}</dt>
      <dd>
        {o.phone ?? none}
        {hidden("phone")}
      </dd>
      <dt>{t("org.field.website")}</dt>
      <dd>
        {o.website ? (
          <a href={o.website} rel="noopener noreferrer nofollow">
            {o.website}
          </a>
        ) : (
          none
        )}
      </dd>
      <dt>{t("org.field.iban")}</dt>
      <dd>
        {o.iban ? formatIban(o.iban) : none}
        {hidden("iban")}
      </dd>
      <dt>{t("org.field.opp")}</dt>
      <dd>{o.opp ? t("org.opp.yes") : t("org.opp.no")}</dd>
      <dt>{t("org.field.areas")}</dt>
      <dd>
        <ul>
          {o.areas.map((a) => (
            <li key={a}>{t(`org.area.${a}`)}</li>
          ))}
        </ul>
      </dd>
      <dt>
        {t("org.field.representatives")}
        {hidden("representatives")}
      </dt>
      <dd>
        <ul>
          {o.representatives.map((r) => (
            <li key={`${r.name}|${r.function}`}>
              {r.name} — {r.function}
            </li>
          ))}
        </ul>
      </dd>
      {o.description ? (
        <>
          <dt>{t("org.field.description")}</dt>
          <dd>
            {o.description.split(/\n+/).map((paragraph, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text, in order
              <p key={i}>{paragraph}</p>
            ))}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
