import { SECTION_KEYS, SECTION_NUMERALS } from "~/domain/offers/sections";
import { translateError, useT } from "../../lib/shell";
import { Field, FieldError, type FieldErrors, PostForm } from "../forms";

export interface DecisionItem {
  code: string;
  label: string;
  correctable: boolean;
  suggested: "pass" | "fail" | null;
  reasons: string[];
  mark: { result: "pass" | "fail" | "na" | null; note: string };
}

const RESULTS = ["pass", "fail", "na"] as const;

/**
 * The officer's marks and decision on one offer: per item the suggested result (with why), the
 * mark (pass / fail / not applicable) and a note; the correction's sections and message; the
 * reason of a rejection; one button per outcome. Typed values come back on a refusal.
 */
export function DecisionForm(props: {
  items: DecisionItem[];
  expectedVersion: number;
  suggestedSections: string[];
  values?: Record<string, string>;
  errors?: FieldErrors;
  correctionDays: number;
}) {
  const t = useT();
  const v = props.values;
  const chosenSections = v ? (v.correctionSections ?? "").split("\n") : props.suggestedSections;
  return (
    <PostForm>
      <input type="hidden" name="expectedVersion" value={props.expectedVersion} />
      {props.items.map((item) => {
        const current = v ? v[`mark.${item.code}.result`] : (item.mark.result ?? item.suggested ?? "");
        return (
          <fieldset key={item.code}>
            <legend>
              {item.label}
              {item.correctable ? "" : ` (${t("evaluation.checklist.notCorrectable")})`}
            </legend>
            <p>
              {t("evaluation.check.suggested")}:{" "}
              <strong>{t(`evaluation.result.${item.suggested ?? "none"}`)}</strong>
              {item.reasons.length > 0 ? (
                <>
                  {" — "}
                  {item.reasons.map((r) => translateError(t, r)).join("; ")}
                </>
              ) : null}
            </p>
            <div className="radios">
              {RESULTS.map((r) => (
                <div className="radio" key={r}>
                  <input
                    type="radio"
                    id={`mark-${item.code}-${r}`}
                    name={`mark.${item.code}.result`}
                    value={r}
                    defaultChecked={current === r}
                  />
                  <label htmlFor={`mark-${item.code}-${r}`}>{t(`evaluation.result.${r}`)}</label>
                </div>
              ))}
            </div>
            <Field
              idPrefix="mark"
              name={`mark.${item.code}.note`}
              label={t("evaluation.check.note")}
              multiline
              maxLength={2000}
              defaultValue={v ? v[`mark.${item.code}.note`] : item.mark.note}
              errors={props.errors}
            />
          </fieldset>
        );
      })}
      <fieldset aria-describedby={props.errors?.correctionSections ? "correction-sections-error" : undefined}>
        <legend>{t("evaluation.check.correctionHeading")}</legend>
        <p>{t("evaluation.check.correctionHint", { days: props.correctionDays })}</p>
        <FieldError id="correction-sections-error" messages={props.errors?.correctionSections} />
        {SECTION_KEYS.map((k) => (
          <div className="checkbox" key={k}>
            <input
              type="checkbox"
              id={`section-${k}`}
              name="correctionSections"
              value={k}
              defaultChecked={chosenSections.includes(k)}
            />
            <label htmlFor={`section-${k}`}>
              {SECTION_NUMERALS[k]}. {t(`evaluation.section.${k}`)}
            </label>
          </div>
        ))}
        <Field
          idPrefix="decision"
          name="correctionMessage"
          label={t("evaluation.check.correctionMessage")}
          multiline
          maxLength={2000}
          defaultValue={v?.correctionMessage}
          errors={props.errors}
        />
      </fieldset>
      <Field
        idPrefix="decision"
        name="reason"
        label={t("evaluation.check.reason")}
        hint={t("evaluation.check.reasonHint")}
        multiline
        maxLength={2000}
        defaultValue={v?.reason}
        errors={props.errors}
      />
      <FieldError id="outcome-error" messages={props.errors?.outcome} />
      <div className="actions">
        <button type="submit" name="outcome" value="save">
          {t("evaluation.check.save")}
        </button>
        <button type="submit" name="outcome" value="passed">
          {t("evaluation.check.pass")}
        </button>
        <button type="submit" name="outcome" value="correction">
          {t("evaluation.check.requestCorrection")}
        </button>
        <button type="submit" name="outcome" value="rejected">
          {t("evaluation.check.reject")}
        </button>
      </div>
    </PostForm>
  );
}
