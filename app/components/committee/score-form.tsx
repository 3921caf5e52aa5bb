import type { CompetitionCriterionJson } from "~/platform/db/schema/competitions";
import { useT } from "../../lib/shell";
import { ErrorSummary, Field, type FieldErrors, PostForm } from "../forms";

/**
 * A member's score sheet: per criterion the points (a whole number 0…max) and a short
 * justification; saved as a draft or submitted (then final). The total is computed on the server.
 */
export function ScoreForm(props: {
  criteria: CompetitionCriterionJson[];
  values: Record<string, string>;
  errors?: FieldErrors;
}) {
  const t = useT();
  const labels: Record<string, string> = {};
  for (const c of props.criteria) {
    labels[`points.${c.code}`] = t("committee.score.points", { label: c.label, max: c.maxPoints });
    labels[`justification.${c.code}`] = t("committee.score.justification", { label: c.label });
  }
  return (
    <PostForm>
      <ErrorSummary errors={props.errors} labels={labels} />
      {props.criteria.map((c) => (
        <fieldset key={c.code}>
          <legend>{t("committee.score.criterion", { label: c.label, max: c.maxPoints })}</legend>
          <Field
            name={`points.${c.code}`}
            label={labels[`points.${c.code}`] ?? ""}
            inputMode="numeric"
            required
            errors={props.errors}
            defaultValue={props.values[`points.${c.code}`]}
          />
          <Field
            name={`justification.${c.code}`}
            label={labels[`justification.${c.code}`] ?? ""}
            hint={t("committee.score.justificationHint")}
            multiline
            maxLength={1000}
            required
            errors={props.errors}
            defaultValue={props.values[`justification.${c.code}`]}
          />
        </fieldset>
      ))}
      <p className="field__hint">{t("committee.score.submitHint")}</p>
      <button type="submit" name="intent" value="save">
        {t("committee.score.saveDraft")}
      </button>{" "}
      <button type="submit" name="intent" value="submit">
        {t("committee.score.submit")}
      </button>
    </PostForm>
  );
}

/** The stored sheet as the form's values. */
export function scoreValuesOf(points: Record<string, { points: number; justification: string }>) {
  const values: Record<string, string> = {};
  for (const [code, p] of Object.entries(points)) {
    values[`points.${code}`] = String(p.points);
    values[`justification.${code}`] = p.justification;
  }
  return values;
}
