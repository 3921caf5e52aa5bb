import { useT } from "../../lib/shell";
import { ErrorSummary, FieldError, type FieldErrors, PostForm } from "../forms";

/** The upload of the signed PDF: multipart, works without JavaScript, the error next to the field. */
export function SignedCopyForm(props: { errors?: FieldErrors; maxSize: string }) {
  const t = useT();
  const fileErrors = props.errors?.file;
  const label = t("evaluation.copy.file");
  return (
    <section aria-labelledby="copy-upload-title">
      <h2 id="copy-upload-title">{t("evaluation.copy.uploadHeading")}</h2>
      <ErrorSummary errors={props.errors} labels={{ file: label }} />
      <PostForm encType="multipart/form-data">
        <div className={`field${fileErrors?.length ? " field--error" : ""}`}>
          <label htmlFor="f-file">
            {label}
            <span aria-hidden="true"> *</span>
          </label>
          <p className="field__hint" id="f-file-hint">
            {t("evaluation.copy.fileHint", { max: props.maxSize })}
          </p>
          <FieldError id="f-file-error" messages={fileErrors} />
          <input
            type="file"
            id="f-file"
            name="file"
            required
            accept=".pdf,application/pdf"
            aria-invalid={fileErrors?.length ? true : undefined}
            aria-describedby={fileErrors?.length ? "f-file-hint f-file-error" : "f-file-hint"}
          />
        </div>
        <button type="submit" className="primary">
          {t("evaluation.copy.upload")}
        </button>
      </PostForm>
    </section>
  );
}
