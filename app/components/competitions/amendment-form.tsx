import { useT } from "../../lib/shell";
import { ErrorSummary, Field, type FieldErrors, PostForm } from "../forms";

const FIELDS = [
  "reason",
  "offerDeadline",
  "taskDescription",
  "awardRules",
  "taskConditions",
  "selectionProcedure",
  "selectionDate",
];

/**
 * The amendment of a published announcement: why (required, shown publicly), and the parts that
 * may change, pre-filled with the current text. Saving records the change openly and notifies
 * everyone preparing an offer.
 */
export function AmendmentForm(props: {
  values: Record<string, string>;
  errors?: FieldErrors;
  version: number;
}) {
  const t = useT();
  const v = props.values;
  const e = props.errors;
  const labels = Object.fromEntries(FIELDS.map((f) => [f, t(`competition.field.${f}`)]));
  return (
    <PostForm>
      <input type="hidden" name="version" value={props.version} />
      <ErrorSummary errors={e} labels={labels} />
      <Field
        name="reason"
        label={labels.reason ?? ""}
        hint={t("competition.amend.reasonHint")}
        multiline
        required
        errors={e}
        defaultValue={v.reason}
      />
      <Field
        name="offerDeadline"
        label={labels.offerDeadline ?? ""}
        hint={t("competition.amend.deadlineHint")}
        errors={e}
        defaultValue={v.offerDeadline}
        autoComplete="off"
      />
      <Field
        name="selectionDate"
        type="date"
        label={labels.selectionDate ?? ""}
        hint={t("competition.form.dateHint")}
        errors={e}
        defaultValue={v.selectionDate}
      />
      <Field
        name="taskDescription"
        label={labels.taskDescription ?? ""}
        multiline
        errors={e}
        defaultValue={v.taskDescription}
      />
      <Field
        name="awardRules"
        label={labels.awardRules ?? ""}
        multiline
        errors={e}
        defaultValue={v.awardRules}
      />
      <Field
        name="taskConditions"
        label={labels.taskConditions ?? ""}
        multiline
        errors={e}
        defaultValue={v.taskConditions}
      />
      <Field
        name="selectionProcedure"
        label={labels.selectionProcedure ?? ""}
        multiline
        errors={e}
        defaultValue={v.selectionProcedure}
      />
      <p id="amend-confirm">{t("competition.amend.confirm")}</p>
      <div className="actions">
        <button type="submit" className="primary" aria-describedby="amend-confirm">
          {t("competition.amend.submit")}
        </button>
      </div>
    </PostForm>
  );
}
