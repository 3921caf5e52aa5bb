import { CAMPAIGN_FORM_COLUMNS } from "~/domain/portal/campaign-figures-form";
import { useT } from "../../lib/shell";
import { ErrorSummary, FieldError, PostForm } from "../forms";

/** Blank rows offered under the saved years, so a new year can be added without JavaScript. */
const BLANK_ROWS = 2;

const COLUMN_LABELS = {
  year: "portal.campaign.col.year",
  donors: "portal.campaign.col.donors",
  total: "portal.campaign.col.total",
  local: "portal.campaign.col.local",
} as const;

/**
 * The coordinator's table of campaign figures: one row per year, every cell labelled, its error
 * beside it. `values` are the saved figures or, after a refusal, what was typed.
 */
export function CampaignForm({
  values,
  errors,
}: {
  values: Record<string, string>;
  errors?: Record<string, string[]>;
}) {
  const t = useT();
  const columns = Object.fromEntries(
    CAMPAIGN_FORM_COLUMNS.map((c) => [c, values[c] ? values[c].split("\n") : []]),
  );
  const typedRows = Math.max(...CAMPAIGN_FORM_COLUMNS.map((c) => columns[c]?.length ?? 0));
  const rowCount = typedRows + (errors ? 0 : BLANK_ROWS) || BLANK_ROWS;
  const cellLabel = (column: (typeof CAMPAIGN_FORM_COLUMNS)[number], row: number) =>
    t("portal.campaign.admin.cell", { column: t(COLUMN_LABELS[column]), n: row + 1 });
  const summaryLabels: Record<string, string> = {};
  for (let row = 0; row < rowCount; row++) {
    for (const c of CAMPAIGN_FORM_COLUMNS) summaryLabels[`rows.${row}.${c}`] = cellLabel(c, row);
  }
  const anchors = Object.fromEntries(Object.keys(errors ?? {}).map((key) => [key, key.replace(/\./g, "-")]));
  return (
    <>
      <ErrorSummary
        errors={Object.fromEntries(Object.entries(errors ?? {}).map(([k, v]) => [anchors[k] ?? k, v]))}
        labels={Object.fromEntries(Object.entries(summaryLabels).map(([k, v]) => [k.replace(/\./g, "-"), v]))}
      />
      <PostForm className="campaign-table-form">
        <p className="field__hint">{t("portal.campaign.admin.amountHint")}</p>
        <div className="table-scroll">
          <table>
            <caption>{t("portal.campaign.admin.table")}</caption>
            <thead>
              <tr>
                {CAMPAIGN_FORM_COLUMNS.map((c) => (
                  <th scope="col" key={c}>
                    {t(COLUMN_LABELS[c])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rowCount }, (_, row) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows of one form, in order
                <tr key={row}>
                  {CAMPAIGN_FORM_COLUMNS.map((c) => {
                    const id = `f-rows-${row}-${c}`;
                    const messages = errors?.[`rows.${row}.${c}`] ?? [];
                    return (
                      <td key={c} className={messages.length ? "field--error" : undefined}>
                        <label htmlFor={id} className="visually-hidden">
                          {cellLabel(c, row)}
                        </label>
                        <input
                          id={id}
                          name={c}
                          defaultValue={columns[c]?.[row] ?? ""}
                          inputMode={c === "year" || c === "donors" ? "numeric" : "decimal"}
                          maxLength={30}
                          aria-invalid={messages.length ? true : undefined}
                          aria-describedby={messages.length ? `${id}-error` : undefined}
                        />
                        <FieldError id={`${id}-error`} messages={messages} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="actions">
          <button type="submit" className="primary">
            {t("portal.campaign.admin.save")}
          </button>
        </div>
      </PostForm>
    </>
  );
}
