import type { ModerationItem } from "~/domain/news/list-moderation-queue";
import { NEWS_LIMITS } from "~/domain/news/rules";
import { formatDateTime } from "~/platform/format/dates";
import { useT } from "../../lib/shell";
import { ErrorSummary, Field, type FieldErrors, PostForm } from "../forms";
import { NewsFields, useNewsLabels } from "./news-fields";

/** A refused form of the moderation page: which item and which form it was, with errors and typed values. */
export interface ModerationRefusal {
  newsId: string | null;
  intent: string;
  errors: FieldErrors;
  values: Record<string, string>;
}

function refusalFor(refusal: ModerationRefusal | null, id: string | null, intent: string) {
  return refusal && refusal.newsId === id && refusal.intent === intent ? refusal : null;
}

/** Who submitted it and when: the organisation, the person, the date. */
function Submission({ item }: { item: ModerationItem }) {
  const t = useT();
  return (
    <p className="news-meta">
      {item.organizationName ?? t("news.meta.office")}
      {item.submitterName ? ` · ${item.submitterName} (${item.submitterEmail})` : ""}
      {item.submittedAt ? ` · ${formatDateTime(item.submittedAt)}` : ""}
    </p>
  );
}

/**
 * One news item waiting for a decision: its text and picture as the public would see them, and
 * the coordinator's three forms: approve, correct the text, reject with a reason.
 */
export function PendingNews({ item, refusal }: { item: ModerationItem; refusal: ModerationRefusal | null }) {
  const t = useT();
  const edit = refusalFor(refusal, item.id, "edit");
  const reject = refusalFor(refusal, item.id, "reject");
  const prefix = `n${item.id.slice(0, 8)}`;
  return (
    <article className="moderation-item" aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>{item.title}</h3>
      <Submission item={item} />
      <p className="lead">{item.lead}</p>
      {item.hasImage ? (
        <img className="news-image" src={`/aktualnosci/obraz/${item.id}`} alt={item.imageAlt ?? ""} />
      ) : null}
      <p className="news-paragraph">{item.body}</p>
      <PostForm>
        <input type="hidden" name="intent" value="approve" />
        <input type="hidden" name="newsId" value={item.id} />
        <button type="submit" className="primary">
          {t("news.moderation.approve")}
        </button>
      </PostForm>
      <details open={!!edit}>
        <summary>{t("news.moderation.edit")}</summary>
        <EditForm item={item} refusal={edit} prefix={prefix} />
      </details>
      <PostForm>
        <input type="hidden" name="intent" value="reject" />
        <input type="hidden" name="newsId" value={item.id} />
        <Field
          name="reason"
          idPrefix={prefix}
          label={t("news.moderation.reject.reason")}
          hint={t("news.moderation.reject.hint")}
          multiline
          required
          maxLength={NEWS_LIMITS.rejectionReason}
          errors={reject?.errors}
          defaultValue={reject?.values.reason}
        />
        <button type="submit" className="danger">
          {t("news.moderation.reject")}
        </button>
      </PostForm>
    </article>
  );
}

/** The correction form: the text as it is now (or as typed, after a refusal) and the version read. */
function EditForm(props: { item: ModerationItem; refusal: ModerationRefusal | null; prefix: string }) {
  const t = useT();
  const { item } = props;
  const values = props.refusal?.values ?? {
    title: item.title,
    lead: item.lead,
    body: item.body,
    imageAlt: item.imageAlt ?? "",
  };
  return (
    <PostForm>
      <input type="hidden" name="intent" value="edit" />
      <input type="hidden" name="newsId" value={item.id} />
      <input type="hidden" name="expectedVersion" value={item.version} />
      <NewsFields
        values={values}
        errors={props.refusal?.errors}
        upload={false}
        altText={item.hasImage}
        idPrefix={props.prefix}
      />
      <button type="submit">{t("news.moderation.edit.save")}</button>
    </PostForm>
  );
}

/** Recently published news: corrected or taken off the portal (archived). */
export function PublishedNewsRow({
  item,
  refusal,
}: {
  item: ModerationItem;
  refusal: ModerationRefusal | null;
}) {
  const t = useT();
  const edit = refusalFor(refusal, item.id, "edit");
  const prefix = `p${item.id.slice(0, 8)}`;
  return (
    <li>
      <a href={`/aktualnosci/${item.id}`}>{item.title}</a>{" "}
      {item.publishedAt ? `(${formatDateTime(item.publishedAt)})` : ""}
      <details open={!!edit}>
        <summary>{t("news.moderation.edit")}</summary>
        <EditForm item={item} refusal={edit} prefix={prefix} />
      </details>
      <PostForm className="inline-form">
        <input type="hidden" name="intent" value="archive" />
        <input type="hidden" name="newsId" value={item.id} />
        <button type="submit" className="link-button">
          {t("news.moderation.archive")}
        </button>
      </PostForm>
    </li>
  );
}

/** The office's own news, published at once (multipart: it may carry a picture). */
export function DirectPublishForm({ refusal }: { refusal: ModerationRefusal | null }) {
  const t = useT();
  const labels = useNewsLabels();
  const mine = refusalFor(refusal, null, "publish");
  return (
    <section aria-labelledby="direct-title">
      <h2 id="direct-title">{t("news.moderation.direct.title")}</h2>
      <p>{t("news.moderation.direct.lead")}</p>
      <PostForm encType="multipart/form-data">
        <input type="hidden" name="intent" value="publish" />
        <ErrorSummary errors={mine?.errors} labels={labels} />
        <NewsFields values={mine?.values} errors={mine?.errors} upload />
        <button type="submit" className="primary">
          {t("news.moderation.direct.submit")}
        </button>
      </PostForm>
    </section>
  );
}
