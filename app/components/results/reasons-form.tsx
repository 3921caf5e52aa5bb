import { HONEYPOT_FIELD } from "~/domain/contact/rules";
import { RESULTS_LIMITS } from "~/domain/results/rules";
import { formatDate } from "~/platform/format/dates";
import { useT } from "../../lib/shell";
import { ErrorSummary, Field, type FieldErrors, PostForm } from "../forms";
import { Notice } from "../organizations/form-parts";

/**
 * The request for the reasons of the results (art. 15 ust. 2j UDPP): name, e-mail, question and
 * the honeypot people never see; after 30 days a note replaces the form.
 */
export function ReasonsForm(props: {
  open: boolean;
  until: string;
  values?: Record<string, string>;
  errors?: FieldErrors;
  formError?: string | null;
}) {
  const t = useT();
  const v = props.values ?? {};
  const labels = {
    name: t("results.reasons.field.name"),
    email: t("results.reasons.field.email"),
    question: t("results.reasons.field.question"),
  };
  return (
    <section aria-labelledby="reasons-title">
      <h2 id="reasons-title">{t("results.reasons.title")}</h2>
      {!props.open ? (
        <p>{t("results.reasons.closedNote", { date: formatDate(props.until) })}</p>
      ) : (
        <>
          <p>{t("results.reasons.lead", { date: formatDate(props.until) })}</p>
          <PostForm>
            <Notice messageKey={props.formError} kind="error" />
            <ErrorSummary errors={props.errors} labels={labels} />
            <Field
              name="name"
              label={labels.name}
              required
              autoComplete="name"
              maxLength={RESULTS_LIMITS.name}
              defaultValue={v.name}
              errors={props.errors}
            />
            <Field
              name="email"
              label={labels.email}
              hint={t("results.reasons.field.email.hint")}
              required
              type="email"
              autoComplete="email"
              maxLength={RESULTS_LIMITS.email}
              defaultValue={v.email}
              errors={props.errors}
            />
            <Field
              name="question"
              label={labels.question}
              required
              multiline
              maxLength={RESULTS_LIMITS.question}
              defaultValue={v.question}
              errors={props.errors}
            />
            <div className="contact-trap">
              <label htmlFor={`f-${HONEYPOT_FIELD}`}>{t("contact.honeypot")}</label>
              <input
                type="text"
                id={`f-${HONEYPOT_FIELD}`}
                name={HONEYPOT_FIELD}
                tabIndex={-1}
                autoComplete="off"
              />
            </div>
            <p className="field__hint">{t("results.reasons.privacy")}</p>
            <button type="submit" className="primary">
              {t("results.reasons.submit")}
            </button>
          </PostForm>
        </>
      )}
    </section>
  );
}
