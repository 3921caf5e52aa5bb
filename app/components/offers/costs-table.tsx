import type { CostCalculation } from "~/domain/offers/calculations";
import { OFFER_LIMITS } from "~/domain/offers/rules";
import { formatMoney } from "~/platform/format/money";
import { useT } from "../../lib/shell";
import type { FieldErrors } from "../forms";
import { fieldLabel } from "./field-labels";
import { ControlError, controlAttributes, RemoveRowButton, RowGroup } from "./field-parts";

/** An action of III.4 as V.A offers it: its number (1-based) and name. */
export interface ActionOption {
  number: number;
  name: string;
}

/**
 * V.A: the cost rows. Each row names its action (or the administrative costs), the kind of cost,
 * the unit, the unit cost, the number of units and, for a task over several years, the year. The
 * value of each row and every subtotal are computed, never typed (an <output>, live with
 * JavaScript, rendered by the server after every save without it).
 */
export function CostsTable(props: {
  values: Record<string, string>;
  errors: FieldErrors;
  calc: CostCalculation;
  actions: ActionOption[];
  years: number[];
  editable: boolean;
  focus?: string;
}) {
  const t = useT();
  const { values, errors, calc } = props;
  const label = (field: string) => fieldLabel(t, "costs", field);
  const withYears = props.years.length > 1;
  const common = { values, errors, focus: props.focus };
  return (
    <RowGroup
      group="rows"
      legend={t("offers.costs.tableA")}
      hint={t("offers.costs.tableA.hint")}
      addLabel={t("offers.costs.addRow")}
      values={values}
      errors={errors}
      max={OFFER_LIMITS.maxCostRows}
      editable={props.editable}
      focus={props.focus}
    >
      {(count) => (
        <div className="table-scroll">
          <table className="offer-costs">
            <thead>
              <tr>
                <th scope="col">{t("offers.col.rows.number")}</th>
                <th scope="col">{t("offers.col.rows.action")}</th>
                <th scope="col">{t("offers.col.rows.name")}</th>
                <th scope="col">{t("offers.col.rows.unit")}</th>
                <th scope="col">{t("offers.col.rows.unitCost")}</th>
                <th scope="col">{t("offers.col.rows.units")}</th>
                {withYears ? <th scope="col">{t("offers.col.rows.year")}</th> : null}
                <th scope="col">{t("offers.col.rows.value")}</th>
                {props.editable ? <th scope="col">{t("offers.col.rows.remove")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: count }, (_, i) => {
                const name = (k: string) => `rows.${i}.${k}`;
                const value = calc.totals.rowValues[i];
                const cell = (k: string, inputMode?: "decimal", size = 12) => (
                  <CellInput
                    name={name(k)}
                    label={label(name(k))}
                    {...common}
                    inputMode={inputMode}
                    size={size}
                  />
                );
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the form, not records
                  <tr key={i}>
                    <th scope="row">{i + 1}</th>
                    <td>
                      <CellSelect
                        name={name("action")}
                        label={label(name("action"))}
                        {...common}
                        options={actionOptions(t, props.actions, values[name("action")])}
                      />
                    </td>
                    <td>{cell("name", undefined, 24)}</td>
                    <td>{cell("unit", undefined, 8)}</td>
                    <td>{cell("unitCost", "decimal")}</td>
                    <td>{cell("units", "decimal", 8)}</td>
                    {withYears ? (
                      <td>
                        <CellSelect
                          name={name("year")}
                          label={label(name("year"))}
                          {...common}
                          options={yearOptions(props.years, values[name("year")])}
                        />
                      </td>
                    ) : null}
                    <td className="money">
                      <output
                        id={`f-${name("value")}`}
                        htmlFor={`f-${name("unitCost")} f-${name("units")}`}
                        aria-live="off"
                      >
                        {value === null || value === undefined ? "—" : formatMoney(value)}
                      </output>
                    </td>
                    {props.editable ? (
                      <td>
                        <RemoveRowButton group="rows" index={i} rowName={t("offers.rowN", { n: i + 1 })} />
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </RowGroup>
  );
}

function actionOptions(t: (k: string) => string, actions: ActionOption[], current: string | undefined) {
  const options = actions.map((a) => ({ value: String(a.number), label: `${a.number}. ${a.name || "—"}` }));
  if (current && !options.some((o) => o.value === current)) options.push({ value: current, label: current });
  return [{ value: "", label: t("offers.costs.admin") }, ...options];
}

function yearOptions(years: number[], current: string | undefined) {
  const options = years.map((y) => ({ value: String(y), label: String(y) }));
  if (current && !options.some((o) => o.value === current)) options.push({ value: current, label: current });
  return [{ value: "", label: "—" }, ...options];
}

interface CellProps {
  name: string;
  label: string;
  values: Record<string, string>;
  errors: FieldErrors;
  focus?: string;
}

/** A text input in a table cell: its label is visually hidden ("Koszt jednostkowy, wiersz 3"). */
function CellInput(props: CellProps & { inputMode?: "decimal"; size: number }) {
  const { messages, errorId, control } = controlAttributes(props.name, props.errors);
  return (
    <>
      <label className="visually-hidden" htmlFor={control.id}>
        {props.label}
      </label>
      <input
        {...control}
        defaultValue={props.values[props.name] ?? ""}
        inputMode={props.inputMode}
        size={props.size}
        autoComplete="off"
      />
      <ControlError id={errorId} messages={messages} />
    </>
  );
}

function CellSelect(props: CellProps & { options: { value: string; label: string }[] }) {
  const { messages, errorId, control } = controlAttributes(props.name, props.errors);
  return (
    <>
      <label className="visually-hidden" htmlFor={control.id}>
        {props.label}
      </label>
      <select
        {...control}
        defaultValue={props.values[props.name] ?? ""}
        // biome-ignore lint/a11y/noAutofocus: after "Dodaj wiersz" (a page load without JavaScript) focus goes to the new row
        autoFocus={props.focus === control.id}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ControlError id={errorId} messages={messages} />
    </>
  );
}
