import { translateError, useT } from "../../lib/shell";
import type { FieldErrors } from "../forms";

interface SelectFieldProps {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  errors?: FieldErrors;
  defaultValue?: string;
  hint?: string;
  required?: boolean;
  /** Makes ids unique when one page shows the same field in several forms. */
  idPrefix?: string;
}

/** A labelled <select> with its hint and error next to it, like Field in ../forms. */
export function SelectField(props: SelectFieldProps) {
  const t = useT();
  const id = `${props.idPrefix ?? "f"}-${props.name}`;
  const fieldErrors = props.errors?.[props.name] ?? [];
  const errorId = fieldErrors.length ? `${id}-error` : undefined;
  const hintId = props.hint ? `${id}-hint` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${fieldErrors.length ? " field--error" : ""}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {props.hint ? (
        <p className="field__hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      {fieldErrors.length ? (
        <p className="field__error" id={errorId}>
          {fieldErrors.map((e) => translateError(t, e)).join(" ")}
        </p>
      ) : null}
      <select
        id={id}
        name={props.name}
        defaultValue={props.defaultValue}
        required={props.required}
        aria-invalid={fieldErrors.length > 0 ? true : undefined}
        aria-describedby={describedBy}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
