import type { ReactNode } from "react";
import { rowCount, rowCountField } from "../../lib/offers/form-paths";
import { translateError, useT } from "../../lib/shell";
import { Field, FieldError, type FieldErrors } from "../forms";

/*
 * Small pieces of the offer's section forms: a text field bound to the form's values and errors,
 * a checkbox, a labelled control inside a table cell, and a group of repeated rows whose
 * "Dodaj wiersz" and "Usuń" are submit buttons (they work without JavaScript).
 */

/** Binds Field to a section's values and errors, with its label from the catalogue. */
export function fieldFactory(
  values: Record<string, string>,
  errors: FieldErrors,
  labelOf: (name: string) => string,
) {
  return (name: string, options: Partial<Parameters<typeof Field>[0]> = {}) => (
    <Field
      name={name}
      label={labelOf(name)}
      defaultValue={values[name] ?? ""}
      errors={errors}
      autoComplete="off"
      {...options}
    />
  );
}

/** A labelled checkbox with its error next to it. */
export function CheckboxField(props: {
  name: string;
  label: ReactNode;
  checked: boolean;
  errors?: FieldErrors;
}) {
  const id = `f-${props.name}`;
  const messages = props.errors?.[props.name];
  const errorId = messages?.length ? `${id}-error` : undefined;
  return (
    <div className={`checkbox${errorId ? " field--error" : ""}`}>
      <input
        type="checkbox"
        id={id}
        name={props.name}
        defaultChecked={props.checked}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
      />
      <label htmlFor={id}>{props.label}</label>
      {errorId ? <FieldError id={errorId} messages={messages} /> : null}
    </div>
  );
}

/** The id, error id and ARIA attributes of a control named by its path. */
export function controlAttributes(name: string, errors: FieldErrors | undefined) {
  const id = `f-${name}`;
  const messages = errors?.[name];
  const errorId = messages?.length ? `${id}-error` : undefined;
  return {
    messages,
    errorId,
    control: {
      id,
      name,
      "aria-invalid": errorId ? (true as const) : undefined,
      "aria-describedby": errorId,
    },
  };
}

/** The error messages of one control, translated, with the id its aria-describedby names. */
export function ControlError({ id, messages }: { id: string | undefined; messages: string[] | undefined }) {
  const t = useT();
  if (!id || !messages?.length) return null;
  return (
    <p className="field__error" id={id}>
      {messages.map((m) => translateError(t, m)).join(" ")}
    </p>
  );
}

/**
 * Repeated rows of a section (III.4 actions, III.6 indicators, V.A costs): a fieldset with the
 * group's errors, the rows and "Dodaj wiersz". The number of rows shown travels in a hidden field
 * so an added empty row survives a save that refuses something else.
 */
export function RowGroup(props: {
  group: string;
  legend: string;
  hint?: string;
  addLabel: string;
  values: Record<string, string>;
  errors: FieldErrors;
  max: number;
  editable: boolean;
  focus?: string;
  children: (count: number) => ReactNode;
}) {
  const count = Math.min(props.max, rowCount(props.values, props.group));
  const { messages, errorId } = controlAttributes(props.group, props.errors);
  const hintId = props.hint ? `f-${props.group}-hint` : undefined;
  return (
    <fieldset
      id={`f-${props.group}`}
      tabIndex={-1}
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
    >
      <legend>{props.legend}</legend>
      {props.hint ? (
        <p className="field__hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      <ControlError id={errorId} messages={messages} />
      <input type="hidden" name={rowCountField(props.group)} value={count} />
      {props.children(count)}
      {props.editable ? (
        <button
          type="submit"
          id={`add-${props.group}`}
          name="intent"
          value={`addRow:${props.group}`}
          disabled={count >= props.max}
          // biome-ignore lint/a11y/noAutofocus: after "Usuń" (a page load without JavaScript) focus stays in the group
          autoFocus={props.focus === `add-${props.group}`}
        >
          {props.addLabel}
        </button>
      ) : null}
    </fieldset>
  );
}

/** "Usuń" for one row: a submit button whose accessible name says which row. */
export function RemoveRowButton(props: { group: string; index: number; rowName: string }) {
  const t = useT();
  return (
    <button type="submit" name="intent" value={`removeRow:${props.group}:${props.index}`} className="danger">
      {t("offers.form.removeRow")}
      <span className="visually-hidden"> {props.rowName}</span>
    </button>
  );
}

/** A labelled field of a repeated row (like Field, and it can take the focus when its row was just added). */
export function RowField(props: {
  name: string;
  label: string;
  values: Record<string, string>;
  errors: FieldErrors;
  type?: string;
  multiline?: boolean;
  required?: boolean;
  focus?: string;
}) {
  const { messages, errorId, control } = controlAttributes(props.name, props.errors);
  const common = {
    ...control,
    required: props.required,
    defaultValue: props.values[props.name] ?? "",
    autoComplete: "off",
    // After "Dodaj wiersz" (a page load without JavaScript, a new mount with it) the new row takes the focus.
    autoFocus: props.focus === control.id,
  };
  return (
    <div className={`field${errorId ? " field--error" : ""}`}>
      <label htmlFor={control.id}>
        {props.label}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <ControlError id={errorId} messages={messages} />
      {props.multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input type={props.type ?? "text"} {...common} />
      )}
    </div>
  );
}
