import { Form, Link } from "react-router";
import type { AuditLogEntry } from "~/domain/administration/query-audit-log";
import { formatDateTime } from "~/platform/format/dates";
import { useT } from "../../lib/shell";
import { ErrorSummary, Field, SelectField } from "../forms";
import { auditChanges } from "./audit-diff";

const FILTERS = ["typ", "akcja", "kto", "obiekt", "od", "do"] as const;

/** The filter form: a GET form, so the filtered view is a URL one can bookmark and share. */
export function AuditFilterForm(props: {
  values: Record<string, string>;
  errors?: Record<string, string[]>;
  entityTypes: string[];
}) {
  const t = useT();
  const { values, errors } = props;
  const labels: Record<string, string> = {
    typ: t("admin.audit.entityType"),
    akcja: t("admin.audit.action"),
    kto: t("admin.audit.actor"),
    obiekt: t("admin.audit.entityId"),
    od: t("admin.audit.from"),
    do: t("admin.audit.to"),
  };
  return (
    <section aria-labelledby="filters-title">
      <h2 id="filters-title">{t("admin.audit.filters")}</h2>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="get" noValidate>
        <SelectField
          name="typ"
          label={labels.typ ?? ""}
          errors={errors}
          defaultValue={values.typ ?? ""}
          options={[
            { value: "", label: t("admin.audit.anyEntityType") },
            ...props.entityTypes.map((type) => ({ value: type, label: type })),
          ]}
        />
        <Field
          name="akcja"
          label={labels.akcja ?? ""}
          hint={t("admin.audit.actionHint")}
          errors={errors}
          defaultValue={values.akcja}
          maxLength={100}
        />
        <Field
          name="kto"
          label={labels.kto ?? ""}
          errors={errors}
          defaultValue={values.kto}
          maxLength={254}
        />
        <Field
          name="obiekt"
          label={labels.obiekt ?? ""}
          errors={errors}
          defaultValue={values.obiekt}
          maxLength={200}
        />
        <Field
          name="od"
          label={labels.od ?? ""}
          type="date"
          hint={t("admin.audit.dateHint")}
          errors={errors}
          defaultValue={values.od}
        />
        <Field
          name="do"
          label={labels.do ?? ""}
          type="date"
          hint={t("admin.audit.dateHint")}
          errors={errors}
          defaultValue={values.do}
        />
        <div className="actions">
          <button type="submit" className="primary">
            {t("admin.audit.apply")}
          </button>
          <Link to="/admin/dziennik">{t("admin.audit.clear")}</Link>
        </div>
      </Form>
    </section>
  );
}

/** An entry's before/after as "field: old → new" lines. */
function Changes({ before, after }: { before: unknown; after: unknown }) {
  const t = useT();
  const changes = auditChanges(before, after);
  if (changes.length === 0) return <>{t("admin.audit.noChanges")}</>;
  const value = (v: string | undefined) => (v === undefined || v === "" ? t("admin.audit.emptyValue") : v);
  return (
    <ul>
      {changes.map((c) => (
        <li key={c.key}>
          {c.key ? <code>{c.key}</code> : null}
          {c.key ? ": " : null}
          {c.before !== undefined ? (
            <>
              <del>{value(c.before)}</del> →{" "}
            </>
          ) : null}
          {c.after !== undefined ? <ins>{value(c.after)}</ins> : null}
        </li>
      ))}
    </ul>
  );
}

/** The entries, newest first. */
export function AuditTable({ entries }: { entries: (Omit<AuditLogEntry, "at"> & { at: string | Date })[] }) {
  const t = useT();
  if (entries.length === 0) return <p>{t("admin.audit.empty")}</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t("admin.audit.table")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("admin.audit.at")}</th>
            <th scope="col">{t("admin.audit.who")}</th>
            <th scope="col">{t("admin.audit.action")}</th>
            <th scope="col">{t("admin.audit.what")}</th>
            <th scope="col">{t("admin.audit.changes")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <th scope="row">
                <time dateTime={new Date(e.at).toISOString()}>{formatDateTime(e.at)}</time>
              </th>
              <td>
                {e.actorLabel}
                {e.ip ? <div className="field__hint">IP {e.ip}</div> : null}
              </td>
              <td>
                <code>{e.action}</code>
              </td>
              <td>
                {e.entityType}
                {e.entityId ? (
                  <div>
                    <Link to={`/admin/dziennik?obiekt=${encodeURIComponent(e.entityId)}`}>
                      <code>{e.entityId}</code>
                    </Link>
                  </div>
                ) : null}
              </td>
              <td>
                <Changes before={e.before} after={e.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Newest" and "older" links that keep the filters. */
export function AuditPagination(props: {
  values: Record<string, string>;
  nextCursor: number | null;
  paged: boolean;
}) {
  const t = useT();
  const link = (cursor: number | null) => {
    const params = new URLSearchParams();
    for (const name of FILTERS) if (props.values[name]) params.set(name, props.values[name] ?? "");
    if (cursor) params.set("przed", String(cursor));
    const query = params.toString();
    return query ? `/admin/dziennik?${query}` : "/admin/dziennik";
  };
  if (!props.paged && props.nextCursor === null) return null;
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      {props.paged ? <Link to={link(null)}>{t("admin.audit.newest")}</Link> : null}
      {props.nextCursor !== null ? <Link to={link(props.nextCursor)}>{t("admin.audit.older")}</Link> : null}
    </nav>
  );
}
