import { STORED_CATEGORIES } from "~/domain/events/rules";
import { toWarsawLocalInput } from "~/platform/format/dates";
import { useT } from "../../lib/shell";
import { ErrorSummary, Field, type FieldErrors, SelectField } from "../forms";
import { categoryLabel } from "./labels";

/** The form's value of an instant: "2026-12-03T10:00" (what datetime-local inputs take). */
export function localInput(at: Date | string): string {
  return toWarsawLocalInput(new Date(at)).replace(" ", "T");
}

/** Labels of the event form's fields, for the error summary. */
export function useEventLabels() {
  const t = useT();
  return {
    category: t("events.field.category"),
    organizationId: t("events.field.organization"),
    title: t("events.field.title"),
    description: t("events.field.description"),
    location: t("events.field.location"),
    url: t("events.field.url"),
    startsAt: t("events.field.startsAt"),
    endsAt: t("events.field.endsAt"),
    capacity: t("events.field.capacity"),
    reason: t("events.field.reason"),
  };
}

/**
 * The event's fields. `staff` adds the category and the capacity; `idPrefix` keeps ids unique
 * when one page holds several forms (each event's edit form).
 */
export function EventFields(props: {
  values?: Record<string, string>;
  errors?: FieldErrors;
  staff?: boolean;
  idPrefix?: string;
}) {
  const t = useT();
  const labels = useEventLabels();
  const { values, errors, idPrefix } = props;
  const common = { errors, idPrefix };
  return (
    <>
      <ErrorSummary errors={errors} labels={labels} />
      {props.staff ? (
        <SelectField
          {...common}
          name="category"
          label={labels.category}
          required
          defaultValue={values?.category ?? "training"}
          options={STORED_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(t, c) }))}
        />
      ) : null}
      <Field {...common} name="title" label={labels.title} required defaultValue={values?.title} />
      <Field
        {...common}
        name="description"
        label={labels.description}
        multiline
        hint={t("events.field.description.hint")}
        defaultValue={values?.description}
      />
      <Field
        {...common}
        name="location"
        label={labels.location}
        hint={t("events.field.location.hint")}
        defaultValue={values?.location}
      />
      <Field {...common} name="url" label={labels.url} type="url" defaultValue={values?.url} />
      <Field
        {...common}
        name="startsAt"
        label={labels.startsAt}
        type="datetime-local"
        required
        hint={t("events.field.time.hint")}
        defaultValue={values?.startsAt}
      />
      <Field
        {...common}
        name="endsAt"
        label={labels.endsAt}
        type="datetime-local"
        required
        hint={t("events.field.time.hint")}
        defaultValue={values?.endsAt}
      />
      {props.staff ? (
        <Field
          {...common}
          name="capacity"
          label={labels.capacity}
          inputMode="numeric"
          hint={t("events.field.capacity.hint")}
          defaultValue={values?.capacity}
        />
      ) : null}
    </>
  );
}
