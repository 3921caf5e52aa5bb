import { ORG_LIMITS } from "~/domain/organizations/schemas";
import { useT } from "../../lib/shell";
import type { FieldErrors } from "../forms";
import { FieldError } from "../forms";

/** Empty rows offered below the filled ones, so more people can be added without JavaScript. */
const SPARE_ROWS = 2;
const MIN_ROWS = 3;

/** Representatives as repeated pairs of fields (name, function); errors sit next to each field. */
export function RepresentativesFieldset({
  names,
  functions,
  errors,
}: {
  names: string[];
  functions: string[];
  errors?: FieldErrors;
}) {
  const t = useT();
  const filled = Math.max(names.length, functions.length);
  const rows = Math.min(ORG_LIMITS.representatives, Math.max(MIN_ROWS, filled + SPARE_ROWS));
  const groupMessages = errors?.representatives;
  return (
    <fieldset
      id="f-representatives"
      tabIndex={-1}
      aria-describedby={["f-representatives-hint", groupMessages?.length ? "f-representatives-error" : ""]
        .filter(Boolean)
        .join(" ")}
    >
      <legend>
        {t("org.field.representatives")}
        <span aria-hidden="true"> *</span>
      </legend>
      <p className="field__hint" id="f-representatives-hint">
        {t("org.field.representatives.hint")}
      </p>
      <FieldError id="f-representatives-error" messages={groupMessages} />
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the form, not records
        <div className="representative-row" key={i}>
          <RowField
            id={`f-representatives.${i}.name`}
            name="representativeName"
            label={t("org.field.representativeName", { n: i + 1 })}
            value={names[i]}
            messages={errors?.[`representatives.${i}.name`]}
            autoComplete="off"
          />
          <RowField
            id={`f-representatives.${i}.function`}
            name="representativeFunction"
            label={t("org.field.representativeFunction", { n: i + 1 })}
            value={functions[i]}
            messages={errors?.[`representatives.${i}.function`]}
            autoComplete="off"
          />
        </div>
      ))}
    </fieldset>
  );
}

function RowField(props: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  messages: string[] | undefined;
  autoComplete: string;
}) {
  const errorId = props.messages?.length ? `${props.id}-error` : undefined;
  return (
    <div className={`field${errorId ? " field--error" : ""}`}>
      <label htmlFor={props.id}>{props.label}</label>
      <FieldError id={`${props.id}-error`} messages={props.messages} />
      <input
        id={props.id}
        name={props.name}
        defaultValue={props.value ?? ""}
        autoComplete={props.autoComplete}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
      />
    </div>
  );
}
