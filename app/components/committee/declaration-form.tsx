import { useT } from "../../lib/shell";
import { ErrorSummary, Field, FieldError, type FieldErrors, PostForm } from "../forms";

/**
 * The declaration of no conflict of interest (KPA art. 24): its text as it will be stored, the
 * offers by number and offeror to name a conflict with, the reason, and the confirmation.
 */
export function DeclarationForm(props: {
  text: string;
  offers: { id: string; receiptNumber: string; organizationName: string; title: string }[];
  values?: Record<string, string>;
  errors?: FieldErrors;
}) {
  const t = useT();
  const chosen = new Set((props.values?.conflictOfferIds ?? "").split("\n").filter(Boolean));
  const labels = {
    confirm: t("committee.declaration.confirm"),
    conflictOfferIds: t("committee.declaration.conflicts"),
    conflictReason: t("committee.declaration.conflictReason"),
  };
  const confirmErrors = props.errors?.confirm;
  return (
    <PostForm>
      <input type="hidden" name="intent" value="declare" />
      <ErrorSummary errors={props.errors} labels={labels} />
      <h2>{t("committee.declaration.heading")}</h2>
      <div className="declaration-text">
        {props.text.split("\n").map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <fieldset id="f-conflictOfferIds">
        <legend>{labels.conflictOfferIds}</legend>
        <p className="field__hint">{t("committee.declaration.conflictsHint")}</p>
        <FieldError id="f-conflictOfferIds-error" messages={props.errors?.conflictOfferIds} />
        {props.offers.length === 0 ? <p>{t("committee.offers.none")}</p> : null}
        {props.offers.map((o) => (
          <div className="checkbox" key={o.id}>
            <input
              type="checkbox"
              id={`conflict-${o.id}`}
              name="conflictOfferIds"
              value={o.id}
              defaultChecked={chosen.has(o.id)}
            />
            <label htmlFor={`conflict-${o.id}`}>
              {o.receiptNumber} — {o.organizationName}: {o.title || t("offers.untitled")}
            </label>
          </div>
        ))}
      </fieldset>
      <Field
        name="conflictReason"
        label={labels.conflictReason}
        hint={t("committee.declaration.conflictReasonHint")}
        multiline
        errors={props.errors}
        defaultValue={props.values?.conflictReason}
      />
      <div className={`checkbox${confirmErrors?.length ? " field--error" : ""}`}>
        <FieldError id="f-confirm-error" messages={confirmErrors} />
        <input
          type="checkbox"
          id="f-confirm"
          name="confirm"
          required
          aria-invalid={confirmErrors?.length ? true : undefined}
          aria-describedby={confirmErrors?.length ? "f-confirm-error" : undefined}
        />
        <label htmlFor="f-confirm">{labels.confirm}</label>
      </div>
      <button type="submit">{t("committee.declaration.sign")}</button>
    </PostForm>
  );
}
