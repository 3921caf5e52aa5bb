import { Link } from "react-router";
import type { OfferorData } from "~/domain/offers/document";
import { DECLARATION_KEYS } from "~/domain/offers/sections";
import { translateError, useT } from "../../lib/shell";
import { fieldLabel } from "./field-labels";
import { CheckboxField, fieldFactory } from "./field-parts";
import type { SectionFieldsProps } from "./section-form";

/*
 * The short sections of the offer: II (offerors: read from their profiles, plus the contact
 * person typed here), IV (the offeror's experience and resources), VI (other information) and
 * VII (declarations).
 */

/** II: the offerors' data as their profiles say (edited there), and the person to contact. */
export function OfferorsFields(props: SectionFieldsProps<"offerors"> & { offerors: OfferorData[] }) {
  const t = useT();
  const field = fieldFactory(props.values, props.errors, (n) => fieldLabel(t, "offerors", n));
  return (
    <>
      <section aria-labelledby="offerors-data">
        <h2 id="offerors-data">{t("offers.offerors.data")}</h2>
        <p className="field__hint">{t("offers.offerors.dataHint")}</p>
        {props.offerors.map((o) => (
          <OfferorFacts key={o.organizationId} offeror={o} />
        ))}
      </section>
      <h2>{t("offers.offerors.contact")}</h2>
      {field("contactName", { required: true, autoComplete: "name" })}
      {field("contactFunction")}
      {field("contactPhone", { type: "tel", required: true, autoComplete: "tel" })}
      {field("contactEmail", { type: "email", required: true, autoComplete: "email" })}
      {field("correspondenceAddress", {
        multiline: true,
        hint: t("offers.field.offerors.correspondenceAddress.hint"),
      })}
    </>
  );
}

function OfferorFacts({ offeror: o }: { offeror: OfferorData }) {
  const t = useT();
  const row = (label: string, value: string | null) => (
    <>
      <dt>{label}</dt>
      <dd>{value || "—"}</dd>
    </>
  );
  return (
    <div className="offeror-card">
      <h3>
        {o.name}
        {o.leader ? ` (${t("offers.offerors.leader")})` : ""}
      </h3>
      <dl className="facts">
        {row(t("offers.offerors.legalForm"), o.legalForm)}
        {row(t("offers.offerors.krs"), o.krs ?? o.otherRegister)}
        {row("NIP", o.nip)}
        {row("REGON", o.regon)}
        {row(t("offers.offerors.seat"), o.seat)}
        {row(t("offers.offerors.correspondence"), o.correspondenceAddress)}
        {row(t("offers.offerors.email"), o.email)}
        {row(t("offers.offerors.phone"), o.phone)}
        {row(t("offers.offerors.website"), o.website)}
        {row(
          t("offers.offerors.representatives"),
          o.representatives.map((r) => `${r.name} (${r.function})`).join(", "),
        )}
      </dl>
      <p>
        <Link to={`/panel/organizacje/${o.organizationId}/edytuj`}>
          {t("offers.offerors.editProfile", { name: o.name })}
        </Link>
      </p>
    </div>
  );
}

/** IV: experience and resources. */
export function ProfileFields(props: SectionFieldsProps<"profile">) {
  const t = useT();
  const field = fieldFactory(props.values, props.errors, (n) => fieldLabel(t, "profile", n));
  return (
    <>
      {field("experience", {
        multiline: true,
        required: true,
        hint: t("offers.field.profile.experience.hint"),
      })}
      {field("resources", {
        multiline: true,
        required: true,
        hint: t("offers.field.profile.resources.hint"),
      })}
    </>
  );
}

/** VI: other information; the attachments have their own page. */
export function OtherFields(props: SectionFieldsProps<"other"> & { offerId: string; joint: boolean }) {
  const t = useT();
  const field = fieldFactory(props.values, props.errors, (n) => fieldLabel(t, "other", n));
  return (
    <>
      <CheckboxField
        name="feesCharged"
        label={fieldLabel(t, "other", "feesCharged")}
        checked={props.values.feesCharged === "on"}
        errors={props.errors}
      />
      {field("feesDescription", { multiline: true, hint: t("offers.field.other.feesDescription.hint") })}
      {props.joint
        ? field("partnersRoles", { multiline: true, hint: t("offers.field.other.partnersRoles.hint") })
        : null}
      {field("accessibility", { multiline: true, hint: t("offers.field.other.accessibility.hint") })}
      {field("otherInfo", { multiline: true, hint: t("offers.field.other.otherInfo.hint") })}
      <div id="f-attachments" tabIndex={-1}>
        <h2>{t("offers.field.other.attachments")}</h2>
        {props.errors.attachments?.length ? (
          <ul className="field__error">
            {props.errors.attachments.map((m) => (
              <li key={m}>{translateError(t, m)}</li>
            ))}
          </ul>
        ) : null}
        <p>
          <Link to={`/panel/oferty/${props.offerId}/zalaczniki`}>{t("offers.attachments.link")}</Link>
        </p>
      </div>
    </>
  );
}

/** VII: the declarations of the template, each a checkbox that must be ticked to submit. */
export function DeclarationsFields(props: SectionFieldsProps<"declarations">) {
  const t = useT();
  return (
    <>
      <p>{t("offers.declarations.intro")}</p>
      {DECLARATION_KEYS.map((key) => (
        <CheckboxField
          key={key}
          name={key}
          label={t(`offers.declaration.${key}`)}
          checked={props.values[key] === "on"}
          errors={props.errors}
        />
      ))}
    </>
  );
}
