import { useT } from "../../lib/shell";
import { Field, type FieldErrors, SelectField } from "../forms";

/** What the last "Pobierz dane z KRS" gave, for the message next to the button. */
export type PrefillOutcome =
  | { kind: "found"; asOf: string | null }
  | { kind: "not-found"; krs: string; register: "S" | "P" }
  | { kind: "unavailable" };

/** Sample numbers of the local registry, shown when the app runs without the real KRS API. */
export interface LocalKrsHint {
  numbers: string[];
  maintenance: string;
}

/**
 * The KRS number with a submit button that sends the whole form back with intent "prefill": the
 * page comes back filled in from the register, everything typed so far kept. Works without JS.
 */
export function KrsPrefill(props: {
  values: Record<string, string>;
  errors?: FieldErrors;
  outcome?: PrefillOutcome | null;
  localHint?: LocalKrsHint | null;
}) {
  const t = useT();
  const { outcome } = props;
  return (
    <div className="krs-prefill">
      <Field
        name="krs"
        label={t("org.field.krs")}
        hint={t("org.field.krs.hint")}
        inputMode="numeric"
        autoComplete="off"
        errors={props.errors}
        defaultValue={props.values.krs}
      />
      <SelectField
        name="register"
        label={t("org.field.register")}
        defaultValue={props.values.register ?? "S"}
        options={[
          { value: "S", label: t("org.field.register.S") },
          { value: "P", label: t("org.field.register.P") },
        ]}
      />
      <p className="field__hint" id="krs-prefill-hint">
        {t("org.krs.prefillHint")}
      </p>
      <div className="actions">
        <button type="submit" name="intent" value="prefill" aria-describedby="krs-prefill-hint">
          {t("org.krs.prefill")}
        </button>
      </div>
      <div role="status">
        {outcome?.kind === "found" ? (
          <p className="notice notice--success">{t("org.krs.found", { date: outcome.asOf ?? "—" })}</p>
        ) : null}
        {outcome?.kind === "not-found" ? (
          <p className="notice notice--error">
            {t("org.krs.notFound", { krs: outcome.krs, register: outcome.register })}
          </p>
        ) : null}
        {outcome?.kind === "unavailable" ? (
          <p className="notice notice--error">{t("org.krs.unavailable")}</p>
        ) : null}
      </div>
      {props.localHint ? (
        <p className="field__hint">
          {t("org.krs.localHint", {
            numbers: props.localHint.numbers.join(", "),
            maintenance: props.localHint.maintenance,
          })}
        </p>
      ) : null}
    </div>
  );
}
