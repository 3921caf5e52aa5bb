import type { PublicOrganization } from "~/domain/portal/api-schemas";
import { formatDate } from "~/platform/format/dates";
import { formatIban, formatKrs, formatNip, formatRegon } from "~/platform/validation/identifiers";
import { useT } from "../../lib/shell";

/** One fact of the profile; nothing at all when the value is missing or not public. */
function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  if (children === null || children === undefined || children === "") return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** The public profile's facts: only what the organisation makes public (hidden fields arrive as null). */
export function PublicProfileFacts({ organization: o }: { organization: PublicOrganization }) {
  const t = useT();
  return (
    <dl className="facts">
      <Fact label={t("org.field.legalForm")}>{t(`org.legalForm.${o.legalForm}`)}</Fact>
      <Fact label={t("org.field.krs")}>{o.krs ? formatKrs(o.krs) : null}</Fact>
      <Fact label={t("org.field.otherRegister")}>{o.otherRegister}</Fact>
      <Fact label={t("org.field.nip")}>{o.nip ? formatNip(o.nip) : null}</Fact>
      <Fact label={t("org.field.regon")}>{o.regon ? formatRegon(o.regon) : null}</Fact>
      <Fact label={t("portal.profile.address")}>{`${o.street}, ${o.postalCode} ${o.city}`}</Fact>
      <Fact label={t("org.field.district")}>{o.district}</Fact>
      <Fact label={t("org.field.email")}>{o.email ? <a href={`mailto:${o.email}`}>{o.email}</a> : null}</Fact>
      <Fact label={t("org.field.phone")}>{o.phone}</Fact>
      <Fact label={t("org.field.website")}>
        {o.website ? (
          <a href={o.website} rel="noopener noreferrer nofollow ugc">
            {o.website}
          </a>
        ) : null}
      </Fact>
      <Fact label={t("org.field.iban")}>{o.iban ? formatIban(o.iban) : null}</Fact>
      <Fact label={t("portal.profile.opp")}>{o.opp ? t("org.opp.yes") : t("org.opp.no")}</Fact>
      <Fact label={t("org.field.areas")}>
        <ul>
          {o.areas.map((a) => (
            <li key={a}>{t(`org.area.${a}`)}</li>
          ))}
        </ul>
      </Fact>
      <Fact label={t("org.field.representatives")}>
        {o.representatives?.length ? (
          <ul>
            {o.representatives.map((r) => (
              <li key={`${r.name}|${r.function}`}>
                {r.name} — {r.function}
              </li>
            ))}
          </ul>
        ) : null}
      </Fact>
      <Fact label={t("portal.profile.since")}>{o.verifiedAt ? formatDate(o.verifiedAt) : null}</Fact>
    </dl>
  );
}
