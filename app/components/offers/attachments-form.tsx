import { ALLOWED_TYPES_LABEL } from "~/platform/files/inspect-upload";
import { formatFileSize } from "~/platform/files/limits";
import { ALLOWED_FILE_TYPES } from "~/platform/files/sniff-content-type";
import { useLocale, useT } from "../../lib/shell";
import { ErrorSummary, FieldError, type FieldErrors, PostForm, SelectField } from "../forms";
import { NUM } from "./offer-document-costs";

/*
 * The attachments of an offer: the announcement's required attachments with their status, the
 * files (name, type, size, SHA-256) with download and remove, and the upload form, which is a
 * plain multipart form that works without JavaScript.
 */

export interface AttachmentRow {
  id: string;
  requirement: string | null;
  filename: string;
  typeLabel: string;
  size: number;
  sha256: string;
}

/** The required attachments as a table: attached (with the files' names) or missing. */
export function RequiredAttachments(props: { requirements: { label: string; files: string[] }[] }) {
  const t = useT();
  if (props.requirements.length === 0) return <p>{t("files.required.none")}</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t("files.required.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("files.required.col.label")}</th>
            <th scope="col">{t("files.required.col.status")}</th>
            <th scope="col">{t("files.required.col.files")}</th>
          </tr>
        </thead>
        <tbody>
          {props.requirements.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>
                <span className={`badge ${r.files.length ? "badge--verified" : "badge--pending"}`}>
                  {t(r.files.length ? "files.required.attached" : "files.required.missing")}
                </span>
              </td>
              <td>{r.files.length ? r.files.join(", ") : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The files with their facts; each can be downloaded, and removed by an editor while the call is open. */
export function AttachmentsTable(props: {
  offerId: string;
  attachments: AttachmentRow[];
  canRemove: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  if (props.attachments.length === 0) return <p>{t("files.list.none")}</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t("files.list.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("files.col.name")}</th>
            <th scope="col">{t("files.col.requirement")}</th>
            <th scope="col">{t("files.col.type")}</th>
            <th scope="col" style={NUM}>
              {t("files.col.size")}
            </th>
            <th scope="col">{t("files.col.sha256")}</th>
            <th scope="col">{t("files.col.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {props.attachments.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                <a href={`/panel/oferty/${props.offerId}/zalaczniki/${a.id}`} download>
                  {a.filename}
                </a>
              </th>
              <td>{a.requirement ?? t("files.other")}</td>
              <td>{a.typeLabel}</td>
              <td style={NUM}>{formatFileSize(a.size, locale)}</td>
              <td>
                <code title={t("files.sha256.full", { sha256: a.sha256 })}>
                  {a.sha256.slice(0, 12).toUpperCase()}…
                </code>
              </td>
              <td>
                <a href={`/panel/oferty/${props.offerId}/zalaczniki/${a.id}`} download className="button">
                  {t("files.download")}
                  <span className="visually-hidden"> {a.filename}</span>
                </a>
                {props.canRemove ? (
                  <PostForm className="inline-form">
                    <input type="hidden" name="attachmentId" value={a.id} />
                    <button type="submit" name="intent" value="remove" className="danger">
                      {t("files.remove")}
                      <span className="visually-hidden"> {a.filename}</span>
                    </button>
                  </PostForm>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const ACCEPT = Object.values(ALLOWED_FILE_TYPES)
  .flatMap((type) => [...type.extensions.map((e) => `.${e}`), type.contentType])
  .join(",");

/**
 * The upload form: multipart, the CSRF token first (PostForm), the file and which required
 * attachment it answers. The limits are said before the person chooses a file.
 */
export function UploadForm(props: {
  requirements: string[];
  maxFileBytes: number;
  errors?: FieldErrors;
  requirement?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const fileLabel = t("files.upload.file");
  const requirementLabel = t("files.upload.requirement");
  const fileErrors = props.errors?.file;
  const hint = t("files.upload.hint", {
    types: ALLOWED_TYPES_LABEL,
    max: formatFileSize(props.maxFileBytes, locale),
  });
  return (
    <section aria-labelledby="upload-title">
      <h2 id="upload-title">{t("files.upload.title")}</h2>
      <ErrorSummary errors={props.errors} labels={{ file: fileLabel, requirement: requirementLabel }} />
      <PostForm encType="multipart/form-data">
        <div className={`field${fileErrors?.length ? " field--error" : ""}`}>
          <label htmlFor="f-file">
            {fileLabel}
            <span aria-hidden="true"> *</span>
          </label>
          <p className="field__hint" id="f-file-hint">
            {hint}
          </p>
          <FieldError id="f-file-error" messages={fileErrors} />
          <input
            type="file"
            id="f-file"
            name="file"
            required
            accept={ACCEPT}
            aria-invalid={fileErrors?.length ? true : undefined}
            aria-describedby={fileErrors?.length ? "f-file-hint f-file-error" : "f-file-hint"}
          />
        </div>
        {props.requirements.length ? (
          <SelectField
            name="requirement"
            label={requirementLabel}
            hint={t("files.upload.requirement.hint")}
            errors={props.errors}
            defaultValue={props.requirement ?? ""}
            options={[
              ...props.requirements.map((label) => ({ value: label, label })),
              { value: "", label: t("files.other") },
            ]}
          />
        ) : null}
        <button type="submit" name="intent" value="upload" className="primary">
          {t("files.upload.submit")}
        </button>
      </PostForm>
    </section>
  );
}
