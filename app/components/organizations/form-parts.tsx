import { translateError, useT } from "../../lib/shell";
import type { FieldErrors } from "../forms";

/** Values of a repeated field as parseForm gives them back (joined with new lines). */
export function listOf(values: Record<string, string> | undefined, name: string): string[] {
  const raw = values?.[name];
  return raw ? raw.split("\n") : [];
}

/** The error paragraph of a field or group, with the id that aria-describedby points to. */
export function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  const t = useT();
  if (!messages || messages.length === 0) return null;
  return (
    <p className="field__error" id={id}>
      {messages.map((m) => translateError(t, m)).join(" ")}
    </p>
  );
}

/** A labelled <select> with its hint and error next to it (the same markup as Field). */
export function SelectField(props: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  errors?: FieldErrors;
  defaultValue?: string;
  hint?: string;
  required?: boolean;
  idPrefix?: string;
}) {
  const id = `${props.idPrefix ?? "f"}-${props.name}`;
  const messages = props.errors?.[props.name] ?? [];
  const errorId = messages.length ? `${id}-error` : undefined;
  const hintId = props.hint ? `${id}-hint` : undefined;
  return (
    <div className={`field${messages.length ? " field--error" : ""}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {props.hint ? (
        <p className="field__hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} messages={messages} />
      <select
        id={id}
        name={props.name}
        defaultValue={props.defaultValue}
        required={props.required}
        aria-invalid={messages.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
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

/** A notice given as an i18n key (success after a redirect, or a message about the whole form). */
export function Notice({
  messageKey,
  params,
  kind = "success",
}: {
  messageKey: string | null | undefined;
  params?: Record<string, string | number>;
  kind?: "success" | "error" | "info";
}) {
  const t = useT();
  if (!messageKey) return null;
  const className = kind === "info" ? "notice" : `notice notice--${kind}`;
  return (
    <div className={className} role={kind === "error" ? "alert" : "status"}>
      <p>{translateError(t, params ? `${messageKey}|${JSON.stringify(params)}` : messageKey)}</p>
    </div>
  );
}
