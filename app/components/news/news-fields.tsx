import { NEWS_IMAGE_MAX_BYTES, NEWS_LIMITS } from "~/domain/news/rules";
import { useT } from "../../lib/shell";
import { Field, FieldError, type FieldErrors } from "../forms";

/** The labels of the news fields, for the error summary. */
export function useNewsLabels() {
  const t = useT();
  return {
    organizationId: t("news.field.organization"),
    title: t("news.field.title"),
    lead: t("news.field.lead"),
    body: t("news.field.body"),
    image: t("news.field.image"),
    imageAlt: t("news.field.imageAlt"),
  };
}

/**
 * Title, lead, body and (optionally) the picture with its alt text. `idPrefix` keeps ids unique
 * when one page shows several news forms.
 */
export function NewsFields(props: {
  values?: Record<string, string>;
  errors?: FieldErrors;
  /** Offer a picture upload (new news); false when editing (the picture stays). */
  upload: boolean;
  /** Show the alt text field even without an upload (editing news that has a picture). */
  altText?: boolean;
  idPrefix?: string;
}) {
  const t = useT();
  const labels = useNewsLabels();
  const v = props.values ?? {};
  const common = { errors: props.errors, idPrefix: props.idPrefix };
  const imageId = `${props.idPrefix ?? "f"}-image`;
  const imageErrors = props.errors?.image;
  return (
    <>
      <Field
        name="title"
        label={labels.title}
        required
        maxLength={NEWS_LIMITS.title}
        defaultValue={v.title}
        {...common}
      />
      <Field
        name="lead"
        label={labels.lead}
        hint={t("news.field.lead.hint")}
        required
        multiline
        maxLength={NEWS_LIMITS.lead}
        defaultValue={v.lead}
        {...common}
      />
      <Field
        name="body"
        label={labels.body}
        hint={t("news.field.body.hint")}
        required
        multiline
        maxLength={NEWS_LIMITS.body}
        defaultValue={v.body}
        {...common}
      />
      {props.upload ? (
        <div className={`field${imageErrors?.length ? " field--error" : ""}`}>
          <label htmlFor={imageId}>{labels.image}</label>
          <p className="field__hint" id={`${imageId}-hint`}>
            {t("news.field.image.hint", { mb: NEWS_IMAGE_MAX_BYTES / 1024 / 1024 })}
          </p>
          <FieldError id={`${imageId}-error`} messages={imageErrors} />
          <input
            type="file"
            id={imageId}
            name="image"
            accept="image/jpeg,image/png"
            aria-invalid={imageErrors?.length ? true : undefined}
            aria-describedby={[`${imageId}-hint`, imageErrors?.length ? `${imageId}-error` : ""]
              .filter(Boolean)
              .join(" ")}
          />
        </div>
      ) : null}
      {props.upload || props.altText ? (
        <Field
          name="imageAlt"
          label={labels.imageAlt}
          hint={t("news.field.imageAlt.hint")}
          required={props.altText}
          maxLength={NEWS_LIMITS.imageAlt}
          defaultValue={v.imageAlt}
          {...common}
        />
      ) : null}
    </>
  );
}
