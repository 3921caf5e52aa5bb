import type { ComponentProps, ReactNode } from "react";
import { Form } from "react-router";
import { CSRF_FIELD } from "~/platform/auth/csrf-field";
import { translateError, useShell, useT } from "../lib/shell";

/** A POST form that always carries the CSRF token and works without JavaScript. */
export function PostForm({
  children,
  ...props
}: Omit<ComponentProps<typeof Form>, "method"> & { children: ReactNode }) {
  const { csrfToken } = useShell();
  return (
    <Form method="post" noValidate {...props}>
      <input type="hidden" name={CSRF_FIELD} value={csrfToken} />
      {children}
    </Form>
  );
}

export type FieldErrors = Record<string, string[] | undefined>;

interface FieldBaseProps {
  name: string;
  label: string;
  errors?: FieldErrors;
  required?: boolean;
  hint?: string;
  /** Makes ids unique when one page shows the same field in several forms. */
  idPrefix?: string;
}

interface FieldProps extends FieldBaseProps {
  defaultValue?: string | number | null;
  type?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "email" | "tel" | "url" | "decimal";
  multiline?: boolean;
  maxLength?: number;
}

interface SelectFieldProps extends FieldBaseProps {
  options: { value: string; label: string }[];
  defaultValue?: string;
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

/** Ids and ARIA attributes shared by every kind of field. */
function fieldAttributes(props: FieldBaseProps) {
  const id = `${props.idPrefix ?? "f"}-${props.name}`;
  const messages = props.errors?.[props.name] ?? [];
  const errorId = messages.length ? `${id}-error` : undefined;
  const hintId = props.hint ? `${id}-hint` : undefined;
  return {
    id,
    messages,
    control: {
      id,
      name: props.name,
      required: props.required,
      "aria-invalid": messages.length > 0 ? true : undefined,
      "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
    },
  };
}

/** Label, hint and error around a control: the error sits next to the field and is announced. */
function FieldShell(props: FieldBaseProps & { id: string; messages: string[]; children: ReactNode }) {
  return (
    <div className={`field${props.messages.length ? " field--error" : ""}`}>
      <label htmlFor={props.id}>
        {props.label}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {props.hint ? (
        <p className="field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <FieldError id={`${props.id}-error`} messages={props.messages} />
      {props.children}
    </div>
  );
}

/** A labelled input whose error (in Polish) sits next to it and is announced to screen readers. */
export function Field(props: FieldProps) {
  const { id, messages, control } = fieldAttributes(props);
  const common = {
    ...control,
    defaultValue: props.defaultValue ?? undefined,
    autoComplete: props.autoComplete,
    maxLength: props.maxLength,
  };
  return (
    <FieldShell {...props} id={id} messages={messages}>
      {props.multiline ? (
        <textarea rows={5} {...common} />
      ) : (
        <input type={props.type ?? "text"} inputMode={props.inputMode} {...common} />
      )}
    </FieldShell>
  );
}

/** A labelled <select> with its hint and error next to it, like Field. */
export function SelectField(props: SelectFieldProps) {
  const { id, messages, control } = fieldAttributes(props);
  return (
    <FieldShell {...props} id={id} messages={messages}>
      <select {...control} defaultValue={props.defaultValue}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** Lists every error at the top of the form with links to the fields (WCAG 3.3.1). */
export function ErrorSummary({ errors, labels }: { errors?: FieldErrors; labels: Record<string, string> }) {
  const t = useT();
  const entries = Object.entries(errors ?? {}).filter(([, v]) => v && v.length > 0);
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <h2>{t("form.errorSummary")}</h2>
      <ul>
        {entries.map(([name, msgs]) => (
          <li key={name}>
            <a href={`#f-${name}`}>
              {labels[name] ?? name}: {(msgs ?? []).map((m) => translateError(t, m)).join(" ")}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
