import { translateError, useT } from "../../lib/shell";
import type { FieldErrors } from "../forms";

/** One column of repeated rows: the form field's name, the schema's key in a row, its label. */
export interface RowColumn {
  field: string;
  key: string;
  label: string;
  hidden?: boolean;
  inputMode?: "numeric" | "decimal" | "text";
  size?: number;
}

/** The values of a repeated field as parseForm gives them back (joined with new lines). */
export function listOf(values: Record<string, string> | undefined, name: string): string[] {
  const raw = values?.[name];
  return raw ? raw.split("\n") : [];
}

/** How many rows of a group the form shows: the filled ones, or as many as "add row" asked for, at least one. */
export function rowCount(values: Record<string, string>, group: string, columns: RowColumn[]): number {
  const filled = Math.max(0, ...columns.map((c) => listOf(values, c.field).length));
  const asked = Number(values[`rows.${group}`]) || 0;
  return Math.max(1, filled, asked);
}

/**
 * Repeated rows (budget years, criteria, attachments, prior tasks) as a table of labelled inputs.
 * Works without JavaScript: "add row" is a submit button the action answers by rendering the form
 * again with every value kept and one more empty row (focused); an emptied row is dropped on save.
 */
export function RowsFieldset(props: {
  group: string;
  path: string;
  legend: string;
  hint?: string;
  columns: RowColumn[];
  values: Record<string, string>;
  errors?: FieldErrors;
  maxRows: number;
  /** Focus the last row's first input (after "add row"). */
  focusLastRow?: boolean;
}) {
  const t = useT();
  const count = Math.min(props.maxRows, rowCount(props.values, props.group, props.columns));
  const visible = props.columns.filter((c) => !c.hidden);
  const groupErrors = props.errors?.[props.path];
  const hintId = `f-${props.path}-hint`;
  const errorId = groupErrors?.length ? `f-${props.path}-error` : undefined;
  return (
    <fieldset
      id={`f-${props.path}`}
      tabIndex={-1}
      aria-describedby={[props.hint ? hintId : "", errorId ?? ""].join(" ").trim() || undefined}
    >
      <legend>{props.legend}</legend>
      {props.hint ? (
        <p className="field__hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      {groupErrors?.length ? (
        <p className="field__error" id={errorId}>
          {groupErrors.map((m) => translateError(t, m)).join(" ")}
        </p>
      ) : null}
      <input type="hidden" name={`rows.${props.group}`} value={count} />
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("competition.form.rowNumber")}</th>
              {visible.map((c) => (
                <th scope="col" key={c.field}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: count }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the form, not records
              <tr key={i}>
                <td>{i + 1}</td>
                {props.columns.map((c) =>
                  c.hidden ? (
                    <input
                      key={c.field}
                      type="hidden"
                      name={c.field}
                      value={listOf(props.values, c.field)[i] ?? ""}
                    />
                  ) : (
                    <td key={c.field}>
                      <RowInput
                        column={c}
                        row={i}
                        path={props.path}
                        value={listOf(props.values, c.field)[i] ?? ""}
                        messages={props.errors?.[`${props.path}.${i}.${c.key}`]}
                        autoFocus={props.focusLastRow === true && i === count - 1 && c === visible[0]}
                      />
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="submit" name="intent" value={`add:${props.group}`} disabled={count >= props.maxRows}>
        {t("competition.form.addRow", { what: props.legend })}
      </button>
    </fieldset>
  );
}

function RowInput(props: {
  column: RowColumn;
  row: number;
  path: string;
  value: string;
  messages: string[] | undefined;
  autoFocus: boolean;
}) {
  const t = useT();
  const id = `f-${props.path}.${props.row}.${props.column.key}`;
  const errorId = props.messages?.length ? `${id}-error` : undefined;
  return (
    <>
      <label className="visually-hidden" htmlFor={id}>
        {t("competition.form.rowLabel", { label: props.column.label, n: props.row + 1 })}
      </label>
      <input
        id={id}
        name={props.column.field}
        defaultValue={props.value}
        inputMode={props.column.inputMode}
        size={props.column.size}
        autoComplete="off"
        // biome-ignore lint/a11y/noAutofocus: after "add row" (a full page load) focus goes to the new row
        autoFocus={props.autoFocus}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
      />
      {errorId ? (
        <p className="field__error" id={errorId}>
          {(props.messages ?? []).map((m) => translateError(t, m)).join(" ")}
        </p>
      ) : null}
    </>
  );
}
