import type { ResultRow } from "~/domain/results/read-results";
import { RESULT_GROUPS, RESULTS_LIMITS } from "~/domain/results/rules";
import { formatDateTime } from "~/platform/format/dates";
import { useT } from "../../lib/shell";
import { ErrorSummary, Field, type FieldErrors, PostForm, SelectField } from "../forms";
import { Notice } from "../organizations/form-parts";

interface Refused {
  values?: Record<string, string>;
  errors?: FieldErrors;
  formError?: string | null;
}

/** The correction of one published result by an amending decision (number, date, reason). */
export function CorrectionForm(props: { rows: readonly ResultRow[] } & Refused) {
  const t = useT();
  const v = props.values ?? {};
  const labels = {
    offerId: t("results.correct.field.offer"),
    status: t("results.correct.field.status"),
    awardedAmount: t("results.correct.field.amount"),
    number: t("results.correct.field.number"),
    decisionDate: t("results.correct.field.date"),
    reason: t("results.correct.field.reason"),
  };
  const common = { errors: props.errors };
  return (
    <section aria-labelledby="correct-title">
      <h2 id="correct-title">{t("results.correct.title")}</h2>
      <p>{t("results.correct.lead")}</p>
      <PostForm>
        <input type="hidden" name="intent" value="correct" />
        <Notice messageKey={props.formError} kind="error" />
        <ErrorSummary errors={props.errors} labels={labels} />
        <SelectField
          name="offerId"
          label={labels.offerId}
          required
          options={props.rows.map((r) => ({
            value: r.offerId,
            label: `${r.organizationName} — ${r.offerTitle}`,
          }))}
          defaultValue={v.offerId}
          {...common}
        />
        <SelectField
          name="status"
          label={labels.status}
          required
          options={RESULT_GROUPS.map((s) => ({ value: s, label: t(`results.status.${s}`) }))}
          defaultValue={v.status}
          {...common}
        />
        <Field
          name="awardedAmount"
          label={labels.awardedAmount}
          hint={t("results.correct.field.amount.hint")}
          required
          inputMode="decimal"
          defaultValue={v.awardedAmount ?? "0,00"}
          {...common}
        />
        <Field
          name="number"
          label={labels.number}
          required
          maxLength={RESULTS_LIMITS.decisionNumber}
          defaultValue={v.number}
          {...common}
        />
        <Field
          name="decisionDate"
          label={labels.decisionDate}
          required
          type="date"
          defaultValue={v.decisionDate}
          {...common}
        />
        <Field
          name="reason"
          label={labels.reason}
          required
          multiline
          maxLength={RESULTS_LIMITS.reason}
          defaultValue={v.reason}
          {...common}
        />
        <button type="submit" className="primary">
          {t("results.correct.submit")}
        </button>
      </PostForm>
    </section>
  );
}

export interface ReasonRequestView {
  id: string;
  requesterName: string;
  requesterEmail: string;
  question: string;
  askedAt: Date;
  answer: string | null;
  answeredAt: Date | null;
}

/** The requests for reasons, each with its answer or the form to answer it. */
export function ReasonRequests(
  props: { requests: readonly ReasonRequestView[]; canAnswer: boolean } & Refused,
) {
  const t = useT();
  return (
    <section aria-labelledby="requests-title">
      <h2 id="requests-title">{t("results.requests.title")}</h2>
      {props.requests.length === 0 ? <p>{t("results.requests.none")}</p> : null}
      {props.requests.map((r) => {
        const refused = props.values?.requestId === r.id;
        const prefix = `answer-${r.id.slice(0, 8)}`;
        return (
          <article key={r.id} className="card" aria-labelledby={`${prefix}-title`}>
            <h3 id={`${prefix}-title`}>
              {t("results.requests.from", { name: r.requesterName, at: formatDateTime(r.askedAt) })}
            </h3>
            <p>
              <a href={`mailto:${r.requesterEmail}`}>{r.requesterEmail}</a>
            </p>
            <blockquote>{r.question}</blockquote>
            {r.answer ? (
              <>
                <h4>
                  {t("results.requests.answeredAt", { at: r.answeredAt ? formatDateTime(r.answeredAt) : "" })}
                </h4>
                <p className="pre-wrap">{r.answer}</p>
              </>
            ) : props.canAnswer ? (
              <PostForm>
                <input type="hidden" name="intent" value="answer" />
                <input type="hidden" name="requestId" value={r.id} />
                {refused ? <Notice messageKey={props.formError} kind="error" /> : null}
                <Field
                  name="answer"
                  label={t("results.requests.answer")}
                  required
                  multiline
                  maxLength={RESULTS_LIMITS.answer}
                  defaultValue={refused ? props.values?.answer : undefined}
                  errors={refused ? props.errors : undefined}
                  idPrefix={prefix}
                />
                <button type="submit">{t("results.requests.submit")}</button>
              </PostForm>
            ) : (
              <p>{t("results.requests.unanswered")}</p>
            )}
          </article>
        );
      })}
    </section>
  );
}
