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

interface FieldProps {
  name: string;
  label: string;
  errors?: FieldErrors;
  defaultValue?: string | number | null;
  type?: string;
  required?: boolean;
  hint?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "email" | "tel" | "url";
  multiline?: boolean;
  maxLength?: number;
}

/** A labelled input whose error (in Polish) sits next to it and is announced to screen readers. */
export function Field(props: FieldProps) {
  const t = useT();
  const id = `f-${props.name}`;
  const fieldErrors = props.errors?.[props.name] ?? [];
  const errorId = fieldErrors.length ? `${id}-error` : undefined;
  const hintId = props.hint ? `${id}-hint` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: props.name,
    defaultValue: props.defaultValue ?? undefined,
    required: props.required,
    "aria-invalid": fieldErrors.length > 0 ? true : undefined,
    "aria-describedby": describedBy,
    autoComplete: props.autoComplete,
    maxLength: props.maxLength,
  };
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
      {props.multiline ? (
        <textarea rows={5} {...common} />
      ) : (
        <input type={props.type ?? "text"} inputMode={props.inputMode} {...common} />
      )}
    </div>
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
