import { LEGAL_FORMS } from "~/domain/organizations/legal-forms";
import { useT } from "../../lib/shell";
import { FieldError, type FieldErrors } from "../forms";

/** Which applicants may submit offers: the legal forms as checkboxes, one error for the group. */
export function LegalFormsFieldset({ selected, errors }: { selected: string[]; errors?: FieldErrors }) {
  const t = useT();
  const messages = errors?.eligibleLegalForms;
  const describedBy = ["f-eligibleLegalForms-hint", messages?.length ? "f-eligibleLegalForms-error" : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <fieldset id="f-eligibleLegalForms" tabIndex={-1} aria-describedby={describedBy}>
      <legend>{t("competition.field.eligibleLegalForms")}</legend>
      <p className="field__hint" id="f-eligibleLegalForms-hint">
        {t("competition.field.eligibleLegalForms.hint")}
      </p>
      <FieldError id="f-eligibleLegalForms-error" messages={messages} />
      {LEGAL_FORMS.map((form) => (
        <div className="checkbox" key={form.code}>
          <input
            type="checkbox"
            id={`f-eligibleLegalForms-${form.code}`}
            name="eligibleLegalForms"
            value={form.code}
            defaultChecked={selected.includes(form.code)}
          />
          <label htmlFor={`f-eligibleLegalForms-${form.code}`}>{t(`org.legalForm.${form.code}`)}</label>
        </div>
      ))}
    </fieldset>
  );
}
