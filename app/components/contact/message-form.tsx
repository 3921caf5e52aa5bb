import { CONTACT_LIMITS, HONEYPOT_FIELD } from "~/domain/contact/rules";
import { useT } from "../../lib/shell";
import { ErrorSummary, Field, type FieldErrors, PostForm } from "../forms";
import { Notice } from "../organizations/form-parts";

/**
 * The contact form and the "report an error" form (with the page's address): name, e-mail,
 * subject, message, and the honeypot field people never see. Works without JavaScript; a
 * refused form comes back filled in, each error next to its field.
 */
export function MessageForm(props: {
  kind: "contact" | "error_report";
  values?: Record<string, string>;
  errors?: FieldErrors;
  /** A refusal of the whole form (too many messages), as an i18n key. */
  formError?: string | null;
}) {
  const t = useT();
  const v = props.values ?? {};
  const labels: Record<string, string> = {
    ...(props.kind === "error_report" ? { pageUrl: t("contact.field.pageUrl") } : {}),
    name: t("contact.field.name"),
    email: t("contact.field.email"),
    subject: t("contact.field.subject"),
    message: t("contact.field.message"),
  };
  const common = { errors: props.errors };
  return (
    <PostForm>
      <Notice messageKey={props.formError} kind="error" />
      <ErrorSummary errors={props.errors} labels={labels} />
      {props.kind === "error_report" ? (
        <Field
          name="pageUrl"
          label={labels.pageUrl ?? ""}
          hint={t("contact.field.pageUrl.hint")}
          required
          type="url"
          inputMode="url"
          maxLength={CONTACT_LIMITS.pageUrl}
          defaultValue={v.pageUrl}
          {...common}
        />
      ) : null}
      <Field
        name="name"
        label={labels.name ?? ""}
        required
        autoComplete="name"
        maxLength={CONTACT_LIMITS.name}
        defaultValue={v.name}
        {...common}
      />
      <Field
        name="email"
        label={labels.email ?? ""}
        hint={t("contact.field.email.hint")}
        required
        type="email"
        autoComplete="email"
        maxLength={CONTACT_LIMITS.email}
        defaultValue={v.email}
        {...common}
      />
      <Field
        name="subject"
        label={labels.subject ?? ""}
        required
        maxLength={CONTACT_LIMITS.subject}
        defaultValue={v.subject}
        {...common}
      />
      <Field
        name="message"
        label={labels.message ?? ""}
        required
        multiline
        maxLength={CONTACT_LIMITS.message}
        defaultValue={v.message}
        {...common}
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
      <p className="field__hint">{t("contact.privacy")}</p>
      <button type="submit" className="primary">
        {t(props.kind === "error_report" ? "contact.errorReport.submit" : "contact.submit")}
      </button>
    </PostForm>
  );
}
