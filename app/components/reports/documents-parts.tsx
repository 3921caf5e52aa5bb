import type { DocumentsReview } from "~/domain/reports/calculations";
import type { ReportContent, ReportCostLine } from "~/domain/reports/content";
import { MAX_REPORT_DOCUMENTS } from "~/domain/reports/schemas";
import { formatMoney } from "~/platform/format/money";
import { useT } from "../../lib/shell";
import type { FieldErrors } from "../forms";
import { ControlError, controlAttributes } from "../offers/field-parts";
import { moneyInput, SectionForm, type SectionState } from "./report-form";
import { day } from "./report-parts";

/*
 * The optional list of accounting documents (zestawienie dokumentów księgowych, framework template
 * zał. 5 part III): the organisation's rows as a table of labelled inputs (the stored rows and 3
 * empty ones; "Zapisz i dodaj 10 wierszy" saves what was typed and shows 10 more, without JavaScript), the
 * computed comparison with the financial section by cost line, and the read-only list.
 */

/** Empty rows shown under the stored ones; rows added by one press of the button. */
export const EMPTY_DOCUMENT_ROWS = 3;
export const ADDED_DOCUMENT_ROWS = 10;
/** The hidden field carrying the number of rows the form shows (left out of the section's values). */
export const DOCUMENT_ROWS_FIELD = "_documentRows";

const FIELDS = [
  "number",
  "date",
  "issuer",
  "costLine",
  "description",
  "amount",
  "fromGrant",
  "fromOther",
] as const;
type DocumentField = (typeof FIELDS)[number];

/** How many rows the form shows: the stored ones and 3 empty, more after "Zapisz i dodaj 10 wierszy". */
export function documentRowCount(stored: number, asked: number, state: SectionState): number {
  const typed = state.values
    ? (Number(state.values[DOCUMENT_ROWS_FIELD]) || 0) + (state.values.addRows ? ADDED_DOCUMENT_ROWS : 0)
    : 0;
  return Math.min(MAX_REPORT_DOCUMENTS, Math.max(stored + EMPTY_DOCUMENT_ROWS, asked, typed));
}

function storedValue(content: ReportContent, i: number, field: DocumentField): string {
  const d = content.documents[i];
  if (!d) return "";
  if (field === "amount" || field === "fromGrant" || field === "fromOther") return moneyInput(d[field]);
  return d[field];
}

function CellControl(props: {
  name: string;
  label: string;
  value: string;
  errors: FieldErrors | undefined;
  options?: { value: string; label: string }[];
  type?: string;
  inputMode?: "decimal";
  size?: number;
}) {
  const { messages, errorId, control } = controlAttributes(props.name, props.errors);
  return (
    <>
      <label className="visually-hidden" htmlFor={control.id}>
        {props.label}
      </label>
      {props.options ? (
        <select {...control} defaultValue={props.value}>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...control}
          type={props.type ?? "text"}
          inputMode={props.inputMode}
          size={props.size}
          defaultValue={props.value}
          autoComplete="off"
        />
      )}
      <ControlError id={errorId} messages={messages} />
    </>
  );
}

function lineOptions(t: ReturnType<typeof useT>, lines: ReportCostLine[], current: string) {
  const options = lines.map((l) => ({ value: l.key, label: `${l.key}. ${l.name}` }));
  if (current && !options.some((o) => o.value === current)) options.push({ value: current, label: current });
  return [{ value: "", label: t("reports.documents.chooseLine") }, ...options];
}

/** The section's form: one table row per document, each control labelled with its row's number. */
export function DocumentsForm(props: {
  content: ReportContent;
  review: DocumentsReview;
  revision: number;
  state: SectionState;
  /** Rows asked for by "Zapisz i dodaj 10 wierszy" (the page's query after the save). */
  askedRows: number;
}) {
  const t = useT();
  const { content, state } = props;
  const count = documentRowCount(content.documents.length, props.askedRows, state);
  const value = (i: number, field: DocumentField) => {
    const name = `documents.${i}.${field}`;
    return state.values ? (state.values[name] ?? "") : storedValue(content, i, field);
  };
  const outside = new Set(state.values ? [] : props.review.outsidePeriod);
  const period = `${day(props.review.task.start)} – ${day(props.review.task.end)}`;
  const groupErrors = state.errors?.documents;
  return (
    <SectionForm
      section="documents"
      revision={props.revision}
      state={state}
      legend={t("reports.section.documents")}
    >
      <p className="field__hint" id="documents-hint">
        {t("reports.documents.hint", { max: MAX_REPORT_DOCUMENTS })}
      </p>
      <ControlError id={groupErrors?.length ? "f-documents-error" : undefined} messages={groupErrors} />
      {content.documents.length > 0 ? (
        <DocumentsComparisonTable content={content} review={props.review} />
      ) : null}
      <input type="hidden" name={DOCUMENT_ROWS_FIELD} value={count} />
      <div className="table-scroll">
        <table className="table report-documents" aria-describedby="documents-hint">
          <caption>{t("reports.documents.formCaption")}</caption>
          <DocumentsHead />
          <tbody>
            {Array.from({ length: count }, (_, i) => {
              const cell = (
                field: DocumentField,
                label: string,
                extra: Partial<Parameters<typeof CellControl>[0]> = {},
              ) => (
                <CellControl
                  name={`documents.${i}.${field}`}
                  label={t("reports.documents.cellLabel", { column: label, n: i + 1 })}
                  value={value(i, field)}
                  errors={state.errors}
                  {...extra}
                />
              );
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the form, not records
                <tr key={i}>
                  <th scope="row">{i + 1}</th>
                  <td>{cell("number", t("reports.documents.number"), { size: 14 })}</td>
                  <td>
                    {cell("date", t("reports.documents.date"), { type: "date" })}
                    {outside.has(i) ? (
                      <p className="notice notice--warning">
                        {t("reports.documents.outsidePeriod", { period })}
                      </p>
                    ) : null}
                  </td>
                  <td>{cell("issuer", t("reports.documents.issuer"), { size: 18 })}</td>
                  <td>
                    {cell("costLine", t("reports.documents.costLine"), {
                      options: lineOptions(t, content.costLines, value(i, "costLine")),
                    })}
                  </td>
                  <td>{cell("description", t("reports.documents.description"), { size: 18 })}</td>
                  <td>{cell("amount", t("reports.documents.amount"), { inputMode: "decimal", size: 10 })}</td>
                  <td>
                    {cell("fromGrant", t("reports.documents.fromGrant"), { inputMode: "decimal", size: 10 })}
                  </td>
                  <td>
                    {cell("fromOther", t("reports.documents.fromOther"), { inputMode: "decimal", size: 10 })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p>
        <button
          type="submit"
          name="addRows"
          value={String(ADDED_DOCUMENT_ROWS)}
          disabled={count >= MAX_REPORT_DOCUMENTS}
        >
          {t("reports.documents.addRows", { count: ADDED_DOCUMENT_ROWS })}
        </button>
      </p>
    </SectionForm>
  );
}

/** Computed: per cost line, the documents' parts against the actual cost; lines over it are flagged in words. */
export function DocumentsComparisonTable(props: { content: ReportContent; review: DocumentsReview }) {
  const t = useT();
  const c = props.review.comparison;
  return (
    <table className="table">
      <caption>{t("reports.documents.comparisonCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("reports.costs.no")}</th>
          <th scope="col">{t("reports.costs.name")}</th>
          <th scope="col">{t("reports.costs.actual")}</th>
          <th scope="col">{t("reports.documents.count")}</th>
          <th scope="col">{t("reports.documents.fromGrant")}</th>
          <th scope="col">{t("reports.documents.fromOther")}</th>
          <th scope="col">{t("reports.documents.total")}</th>
          <th scope="col">{t("reports.documents.difference")}</th>
          <th scope="col">{t("reports.costs.explanation")}</th>
        </tr>
      </thead>
      <tbody>
        {c.lines.map((l, i) => (
          <tr key={l.key} className={l.exceeds ? "row--flagged" : undefined}>
            <td>{l.key}</td>
            <th scope="row">{props.content.costLines[i]?.name ?? "—"}</th>
            <td className="num">{formatMoney(l.actual)}</td>
            <td className="num">{l.count}</td>
            <td className="num">{formatMoney(l.fromGrant)}</td>
            <td className="num">{formatMoney(l.fromOther)}</td>
            <td className="num">{formatMoney(l.total)}</td>
            <td className="num">{formatMoney(l.difference)}</td>
            <td>{l.exceeds ? <strong>{t("reports.documents.exceeds")}</strong> : null}</td>
          </tr>
        ))}
        {c.unassigned.count > 0 ? (
          <tr className="row--flagged">
            <td />
            <th scope="row">{t("reports.documents.unassigned")}</th>
            <td />
            <td className="num">{c.unassigned.count}</td>
            <td className="num">{formatMoney(c.unassigned.fromGrant)}</td>
            <td className="num">{formatMoney(c.unassigned.fromOther)}</td>
            <td className="num">{formatMoney(c.unassigned.total)}</td>
            <td />
            <td>
              <strong>{t("reports.error.unknownCostLine")}</strong>
            </td>
          </tr>
        ) : null}
      </tbody>
      <tfoot>
        <tr>
          <td />
          <th scope="row">{t("reports.costs.total")}</th>
          <td className="num">{formatMoney(c.lines.reduce((a, l) => a + l.actual, 0))}</td>
          <td className="num">{c.totals.count}</td>
          <td className="num">{formatMoney(c.totals.fromGrant)}</td>
          <td className="num">{formatMoney(c.totals.fromOther)}</td>
          <td className="num">{formatMoney(c.totals.total)}</td>
          <td />
          <td />
        </tr>
      </tfoot>
    </table>
  );
}

/** The list read-only (the office's view of the submitted version), dates outside the task marked in words. */
export function DocumentsList(props: { content: ReportContent; review: DocumentsReview }) {
  const t = useT();
  const outside = new Set(props.review.outsidePeriod);
  const period = `${day(props.review.task.start)} – ${day(props.review.task.end)}`;
  if (props.content.documents.length === 0) return <p>{t("reports.documents.none")}</p>;
  return (
    <>
      <div className="table-scroll">
        <table className="table">
          <caption>{t("reports.documents.listCaption", { count: props.content.documents.length })}</caption>
          <DocumentsHead />
          <tbody>
            {props.content.documents.map((d, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the frozen list
              <tr key={i}>
                <td>{i + 1}</td>
                <th scope="row">{d.number}</th>
                <td>
                  {day(d.date)}
                  {outside.has(i) ? (
                    <strong> {t("reports.documents.outsidePeriod", { period })}</strong>
                  ) : null}
                </td>
                <td>{d.issuer || "—"}</td>
                <td>{d.costLine}</td>
                <td>{d.description || "—"}</td>
                <td className="num">{formatMoney(d.amount)}</td>
                <td className="num">{formatMoney(d.fromGrant)}</td>
                <td className="num">{formatMoney(d.fromOther)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DocumentsComparisonTable content={props.content} review={props.review} />
    </>
  );
}

/** The columns of the list, the same in the form and in the read-only view. */
function DocumentsHead() {
  const t = useT();
  return (
    <thead>
      <tr>
        <th scope="col">{t("reports.documents.no")}</th>
        <th scope="col">{t("reports.documents.number")}</th>
        <th scope="col">{t("reports.documents.date")}</th>
        <th scope="col">{t("reports.documents.issuer")}</th>
        <th scope="col">{t("reports.documents.costLine")}</th>
        <th scope="col">{t("reports.documents.description")}</th>
        <th scope="col">{t("reports.documents.amount")}</th>
        <th scope="col">{t("reports.documents.fromGrant")}</th>
        <th scope="col">{t("reports.documents.fromOther")}</th>
      </tr>
    </thead>
  );
}
