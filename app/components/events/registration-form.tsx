import type { PublicEvent } from "~/domain/events/get-public-event";
import { useT } from "../../lib/shell";
import { ErrorSummary, Field, FieldError, type FieldErrors, PostForm } from "../forms";

/** The registration form of a training: name, e-mail, organisation, consent; works without JavaScript. */
export function RegistrationForm(props: {
  registration: NonNullable<PublicEvent["registration"]>;
  values?: Record<string, string>;
  errors?: FieldErrors;
}) {
  const t = useT();
  const { registration, values, errors } = props;
  const full = registration.confirmed >= registration.capacity;
  const labels = {
    name: t("events.registration.name"),
    email: t("events.registration.email"),
    organizationName: t("events.registration.organization"),
    consent: t("events.registration.consent"),
  };
  const consentErrors = errors?.consent;
  return (
    <section aria-labelledby="registration-title">
      <h2 id="registration-title">{t("events.registration.title")}</h2>
      <p>
        {t("events.registration.places", {
          capacity: registration.capacity,
          confirmed: registration.confirmed,
          waiting: registration.waiting,
        })}
      </p>
      {!registration.open ? (
        <p>{t("events.registration.closed")}</p>
      ) : (
        <PostForm>
          {full ? <p>{t("events.registration.full")}</p> : null}
          <ErrorSummary errors={errors} labels={labels} />
          <input type="hidden" name="intent" value="register" />
          <Field
            name="name"
            label={labels.name}
            required
            autoComplete="name"
            defaultValue={values?.name}
            errors={errors}
          />
          <Field
            name="email"
            label={labels.email}
            type="email"
            required
            autoComplete="email"
            hint={t("events.registration.email.hint")}
            defaultValue={values?.email}
            errors={errors}
          />
          <Field
            name="organizationName"
            label={labels.organizationName}
            autoComplete="organization"
            defaultValue={values?.organizationName}
            errors={errors}
          />
          <div className={`field${consentErrors?.length ? " field--error" : ""}`}>
            <FieldError id="f-consent-error" messages={consentErrors} />
            <label htmlFor="f-consent">
              <input
                type="checkbox"
                id="f-consent"
                name="consent"
                value="on"
                required
                defaultChecked={values?.consent === "on"}
                aria-invalid={consentErrors?.length ? true : undefined}
                aria-describedby={consentErrors?.length ? "f-consent-error" : undefined}
              />{" "}
              {labels.consent}
              <span aria-hidden="true"> *</span>
            </label>
          </div>
          <button type="submit" className="primary">
            {t(full ? "events.registration.submitWaiting" : "events.registration.submit")}
          </button>
        </PostForm>
      )}
    </section>
  );
}

/** The confirmation step of the cancellation link from the mail (a GET never changes anything). */
export function CancelRegistrationForm({ token }: { token: string }) {
  const t = useT();
  return (
    <section aria-labelledby="cancel-title" className="notice">
      <h2 id="cancel-title">{t("events.cancelRegistration.title")}</h2>
      <p>{t("events.cancelRegistration.lead")}</p>
      <PostForm>
        <input type="hidden" name="intent" value="cancelRegistration" />
        <input type="hidden" name="token" value={token} />
        <button type="submit">{t("events.cancelRegistration.submit")}</button>
      </PostForm>
    </section>
  );
}
