import { OFFER_LIMITS } from "~/domain/offers/rules";
import { useT } from "../../lib/shell";
import { fieldLabel } from "./field-labels";
import { CheckboxField, fieldFactory, RemoveRowButton, RowField, RowGroup } from "./field-parts";
import type { SectionFieldsProps } from "./section-form";

/**
 * III: the task — title, dates, place, summary, the plan of actions (III.4), the results (III.5)
 * and their indicators (III.6). Actions and indicators are repeated rows, each in its own group.
 */
export function TaskFields(
  props: SectionFieldsProps<"task"> & { window: { from: string; to: string } | null },
) {
  const t = useT();
  const { values, errors } = props;
  const field = fieldFactory(values, errors, (n) => fieldLabel(t, "task", n));
  return (
    <>
      {field("title", { required: true, maxLength: OFFER_LIMITS.shortText })}
      <fieldset>
        <legend>{t("offers.task.dates")}</legend>
        {props.window ? <p className="field__hint">{t("offers.task.window", props.window)}</p> : null}
        {field("startDate", { type: "date", required: true })}
        {field("endDate", { type: "date", required: true })}
      </fieldset>
      {field("place", { multiline: true, required: true, hint: t("offers.field.task.place.hint") })}
      {field("targetGroup", { multiline: true, required: true })}
      {field("summary", { multiline: true, required: true, hint: t("offers.field.task.summary.hint") })}
      <RowGroup
        group="actions"
        legend={fieldLabel(t, "task", "actions")}
        hint={t("offers.field.task.actions.hint")}
        addLabel={t("offers.task.addAction")}
        values={values}
        errors={errors}
        max={OFFER_LIMITS.maxActions}
        editable={props.editable}
        focus={props.focus}
      >
        {(count) =>
          Array.from({ length: count }, (_, i) => {
            const name = (k: string) => `actions.${i}.${k}`;
            const rowName = t("offers.task.actionN", { n: i + 1 });
            const cell = { values, errors, focus: props.focus };
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the form, not records
              <fieldset key={i} className="offer-row">
                <legend>{rowName}</legend>
                <RowField name={name("name")} label={t("offers.col.actions.name")} required {...cell} />
                <RowField
                  name={name("description")}
                  label={t("offers.col.actions.description")}
                  multiline
                  {...cell}
                />
                <RowField name={name("targetGroup")} label={t("offers.col.actions.targetGroup")} {...cell} />
                <div className="offer-row__dates">
                  <RowField
                    name={name("start")}
                    label={t("offers.col.actions.start")}
                    type="date"
                    required
                    {...cell}
                  />
                  <RowField
                    name={name("end")}
                    label={t("offers.col.actions.end")}
                    type="date"
                    required
                    {...cell}
                  />
                </div>
                <CheckboxField
                  name={name("thirdParty")}
                  label={t("offers.col.actions.thirdParty")}
                  checked={values[name("thirdParty")] === "on"}
                  errors={errors}
                />
                {props.editable ? <RemoveRowButton group="actions" index={i} rowName={rowName} /> : null}
              </fieldset>
            );
          })
        }
      </RowGroup>
      <fieldset>
        <legend>{t("offers.task.results")}</legend>
        {field("resultsProduced", { multiline: true, required: true })}
        {field("resultsChange", { multiline: true, required: true })}
        {field("resultsDurability", { multiline: true, required: true })}
      </fieldset>
      <RowGroup
        group="indicators"
        legend={fieldLabel(t, "task", "indicators")}
        hint={t("offers.field.task.indicators.hint")}
        addLabel={t("offers.task.addIndicator")}
        values={values}
        errors={errors}
        max={OFFER_LIMITS.maxIndicators}
        editable={props.editable}
        focus={props.focus}
      >
        {(count) =>
          Array.from({ length: count }, (_, i) => {
            const name = (k: string) => `indicators.${i}.${k}`;
            const rowName = t("offers.task.indicatorN", { n: i + 1 });
            const cell = { values, errors, focus: props.focus };
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the form, not records
              <fieldset key={i} className="offer-row">
                <legend>{rowName}</legend>
                <RowField name={name("name")} label={t("offers.col.indicators.name")} required {...cell} />
                <RowField
                  name={name("target")}
                  label={t("offers.col.indicators.target")}
                  required
                  {...cell}
                />
                <RowField
                  name={name("monitoring")}
                  label={t("offers.col.indicators.monitoring")}
                  multiline
                  required
                  {...cell}
                />
                {props.editable ? <RemoveRowButton group="indicators" index={i} rowName={rowName} /> : null}
              </fieldset>
            );
          })
        }
      </RowGroup>
    </>
  );
}
