import { translateError, useT } from "../lib/shell";
import { Field, FieldError, PostForm } from "./forms";

interface DecisionFormProps {
  /** The section's heading id (its aria label). */
  id: string;
  heading: string;
  legend: string;
  /** The decisions offered as radios, the first checked by default. */
  decisions: readonly [{ value: string; label: string }, ...{ value: string; label: string }[]];
  remarksLabel: string;
  remarksMaxLength: number;
  submitLabel: string;
  /** The refused decision: its message, errors per field and the values typed. */
  refused: {
    messageKey: string;
    fieldErrors: Record<string, string[] | undefined>;
    values: Record<string, string | undefined>;
  } | null;
}

/** An officer's decision on what an organisation submitted: a choice and remarks, without JavaScript. */
export function DecisionForm(props: DecisionFormProps) {
  const { id, decisions, refused } = props;
  const t = useT();
  const values = refused?.values;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{props.heading}</h2>
      {refused ? (
        <div className="notice notice--error" role="alert">
          <p>{translateError(t, refused.messageKey)}</p>
        </div>
      ) : null}
      <PostForm>
        <fieldset aria-describedby={refused?.fieldErrors.decision ? "decision-error" : undefined}>
          <legend>{props.legend}</legend>
          <FieldError id="decision-error" messages={refused?.fieldErrors.decision} />
          <div className="radios">
            {decisions.map(({ value: d, label }) => (
              <div className="radio" key={d}>
                <input
                  type="radio"
                  id={`decision-${d}`}
                  name="decision"
                  value={d}
                  defaultChecked={(values?.decision ?? decisions[0].value) === d}
                />
                <label htmlFor={`decision-${d}`}>{label}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <Field
          idPrefix="decide"
          name="remarks"
          label={props.remarksLabel}
          multiline
          maxLength={props.remarksMaxLength}
          defaultValue={values?.remarks ?? ""}
          errors={refused?.fieldErrors}
        />
        <button type="submit" className="primary">
          {props.submitLabel}
        </button>
      </PostForm>
    </section>
  );
}
