import { HIDEABLE_FIELDS } from "~/domain/organizations/schemas";
import { useT } from "../../lib/shell";
import type { FieldErrors } from "../forms";
import { FieldError } from "../forms";

/** Which fields the organisation keeps internal (PROCESS.md §2: a public/private flag per field). */
export function HiddenFieldsFieldset(props: {
  selected: string[];
  errors?: FieldErrors;
  labels: Record<string, string | undefined>;
}) {
  const t = useT();
  const { errors } = props;
  return (
    <fieldset
      id="f-hiddenFields"
      tabIndex={-1}
      aria-describedby={["f-hiddenFields-hint", errors?.hiddenFields?.length ? "f-hiddenFields-error" : ""]
        .filter(Boolean)
        .join(" ")}
    >
      <legend>{t("org.field.hiddenFields")}</legend>
      <p className="field__hint" id="f-hiddenFields-hint">
        {t("org.field.hiddenFields.hint")}
      </p>
      <FieldError id="f-hiddenFields-error" messages={errors?.hiddenFields} />
      {HIDEABLE_FIELDS.map((field) => (
        <div className="checkbox" key={field}>
          <input
            type="checkbox"
            id={`f-hiddenFields-${field}`}
            name="hiddenFields"
            value={field}
            defaultChecked={props.selected.includes(field)}
          />
          <label htmlFor={`f-hiddenFields-${field}`}>{props.labels[field]}</label>
        </div>
      ))}
    </fieldset>
  );
}
