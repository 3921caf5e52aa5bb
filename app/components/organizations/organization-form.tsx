import type { ComponentProps } from "react";
import { type FocusEvent, type FormEvent, useState } from "react";
import { LEGAL_FORMS } from "~/domain/organizations/legal-forms";
import { useT } from "../../lib/shell";
import { ErrorSummary, Field, type FieldErrors, PostForm, SelectField } from "../forms";
import { AreasFieldset } from "./areas-fieldset";
import { DistrictField } from "./district-field";
import { listOf } from "./form-parts";
import { HiddenFieldsFieldset } from "./hidden-fields-fieldset";
import { KrsPrefill, type LocalKrsHint, type PrefillOutcome } from "./krs-prefill";
import { CHECK_ON_BLUR, checkInBrowser, fieldLabels } from "./profile-form-checks";
import { RepresentativesFieldset } from "./representatives-fieldset";

export interface OrganizationFormProps {
  values: Record<string, string>;
  errors?: FieldErrors;
  districts: string[];
  submitLabel: string;
  /** The KRS prefill button (registration only) and the outcome of the last prefill. */
  prefill?: { outcome?: PrefillOutcome | null; localHint?: LocalKrsHint | null };
}

/** The registration and profile form: one schema with the action, errors next to each field, works without JS. */
export function OrganizationForm(props: OrganizationFormProps) {
  const t = useT();
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  // A new answer from the server replaces what the browser found.
  const [answered, setAnswered] = useState(props.errors);
  if (answered !== props.errors) {
    setAnswered(props.errors);
    setClientErrors(null);
  }
  const errors = clientErrors ?? props.errors;
  const v = props.values;
  const labels = fieldLabels(t, Math.max(listOf(v, "representativeName").length, 3));
  /** A field of the form: its label, its error and what was typed. */
  const field = (name: keyof typeof labels & string, extra: Partial<ComponentProps<typeof Field>> = {}) => (
    <Field name={name} label={labels[name]} errors={errors} defaultValue={v[name]} {...extra} />
  );

  /** Checks one identifier field with its schema; "" when the field is empty (required is checked on submit). */
  function checkField(target: EventTarget | null): { name: string; messages: string[] } | null {
    if (!(target instanceof HTMLInputElement)) return null;
    const schema = CHECK_ON_BLUR[target.name];
    if (!schema) return null;
    const result = target.value.trim() === "" ? { success: true } : schema.safeParse(target.value);
    return {
      name: target.name,
      messages: result.success ? [] : (result.error?.issues.map((i) => i.message) ?? []),
    };
  }

  function show(name: string, messages: string[]) {
    setClientErrors((previous) => ({ ...(previous ?? props.errors ?? {}), [name]: messages }));
  }

  // Leaving a field shows its error, except when focus goes to a button: moving the layout
  // under the pointer would make that click miss (the submit checks the field anyway).
  function onBlur(event: FocusEvent<HTMLFormElement>) {
    if (event.relatedTarget instanceof HTMLButtonElement) return;
    const checked = checkField(event.target);
    if (checked) show(checked.name, checked.messages);
  }

  // While typing, an error goes away as soon as the value is right (never added while typing).
  function onChange(event: FormEvent<HTMLFormElement>) {
    const checked = checkField(event.target);
    if (checked && checked.messages.length === 0 && errors?.[checked.name]?.length) show(checked.name, []);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value !== "submit") return;
    const found = checkInBrowser(event.currentTarget);
    if (!found) return;
    event.preventDefault();
    setClientErrors(found);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(".error-summary")?.focus());
  }

  return (
    // Keyed by the values: when the server sends new ones (KRS prefill), the fields show them.
    <PostForm
      key={JSON.stringify(v)}
      onBlur={onBlur}
      onChange={onChange}
      onSubmit={onSubmit}
      className="organization-form"
    >
      {/* The first submit button is what Enter presses: sending the form, not fetching from KRS. */}
      <button
        type="submit"
        name="intent"
        value="submit"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
      >
        {props.submitLabel}
      </button>
      <ErrorSummary errors={errors} labels={labels} />
      <fieldset>
        <legend>{t("org.fieldset.identity")}</legend>
        <Field name="name" label={labels.name} required errors={errors} defaultValue={v.name} />
        <SelectField
          name="legalForm"
          label={labels.legalForm}
          required
          errors={errors}
          defaultValue={v.legalForm ?? ""}
          options={[
            { value: "", label: t("org.field.legalForm.choose") },
            ...LEGAL_FORMS.map((f) => ({ value: f.code, label: t(`org.legalForm.${f.code}`) })),
          ]}
        />
        {props.prefill ? (
          <KrsPrefill
            values={v}
            errors={errors}
            outcome={props.prefill.outcome}
            localHint={props.prefill.localHint}
          />
        ) : (
          field("krs", { hint: t("org.field.krs.hint"), inputMode: "numeric" })
        )}
        {field("otherRegister", { hint: t("org.field.otherRegister.hint") })}
        {field("nip", { hint: t("org.field.nip.hint"), inputMode: "numeric", required: true })}
        {field("regon", { hint: t("org.field.regon.hint"), inputMode: "numeric" })}
      </fieldset>
      <fieldset>
        <legend>{t("org.fieldset.address")}</legend>
        {field("street", { autoComplete: "street-address", required: true })}
        {field("postalCode", {
          hint: t("org.field.postalCode.hint"),
          autoComplete: "postal-code",
          required: true,
        })}
        {field("city", { autoComplete: "address-level2", required: true })}
        <DistrictField
          label={labels.district}
          districts={props.districts}
          errors={errors}
          value={v.district}
        />
      </fieldset>
      <fieldset>
        <legend>{t("org.fieldset.contact")}</legend>
        {field("email", { type: "email", autoComplete: "email", required: true })}
        {field("phone", { type: "tel", autoComplete: "tel" })}
        {field("website", { type: "url", autoComplete: "url" })}
        {field("iban", { hint: t("org.field.iban.hint"), autoComplete: "off" })}
      </fieldset>
      <AreasFieldset selected={listOf(v, "areas")} errors={errors} />
      <div className="checkbox">
        <input type="checkbox" id="f-opp" name="opp" defaultChecked={v.opp === "on" || v.opp === "true"} />
        <label htmlFor="f-opp">{labels.opp}</label>
      </div>
      <RepresentativesFieldset
        names={listOf(v, "representativeName")}
        functions={listOf(v, "representativeFunction")}
        errors={errors}
      />
      <fieldset>
        <legend>{t("org.fieldset.description")}</legend>
        {field("description", { multiline: true })}
      </fieldset>
      <HiddenFieldsFieldset selected={listOf(v, "hiddenFields")} errors={errors} labels={labels} />
      <div className="actions">
        <button type="submit" name="intent" value="submit" className="primary">
          {props.submitLabel}
        </button>
      </div>
    </PostForm>
  );
}
