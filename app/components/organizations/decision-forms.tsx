import { useT } from "../../lib/shell";
import { ErrorSummary, Field, type FieldErrors, PostForm } from "../forms";

/** The coordinator's decision on a registration: verify, or reject with a reason (kept if refused). */
export function DecisionForms(props: {
  canVerify: boolean;
  canReject: boolean;
  errors?: FieldErrors;
  values?: Record<string, string>;
}) {
  const t = useT();
  if (!props.canVerify && !props.canReject) return null;
  const labels = { reason: t("org.backOffice.reject.reason") };
  return (
    <section aria-labelledby="decision-title">
      <h2 id="decision-title">{t("org.backOffice.decision")}</h2>
      {props.canVerify ? (
        <PostForm>
          <input type="hidden" name="intent" value="verify" />
          <p className="field__hint" id="verify-hint">
            {t("org.backOffice.verify.hint")}
          </p>
          <div className="actions">
            <button type="submit" className="primary" aria-describedby="verify-hint">
              {t("org.backOffice.verify")}
            </button>
          </div>
        </PostForm>
      ) : null}
      {props.canReject ? (
        <PostForm>
          <input type="hidden" name="intent" value="reject" />
          <ErrorSummary errors={props.errors} labels={labels} />
          <Field
            name="reason"
            label={labels.reason}
            hint={t("org.backOffice.reject.hint")}
            multiline
            required
            errors={props.errors}
            defaultValue={props.values?.reason}
          />
          <div className="actions">
            <button type="submit" className="danger">
              {t("org.backOffice.reject")}
            </button>
          </div>
        </PostForm>
      ) : null}
    </section>
  );
}
