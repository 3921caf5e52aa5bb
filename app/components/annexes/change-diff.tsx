import { formatChangeValue, REPORT_FIELD } from "~/domain/annexes/annex-document";
import type { ChangeDiff, FieldChange } from "~/domain/annexes/rules";
import { formatMoney } from "~/platform/format/money";
import { formatPercent } from "~/platform/format/percent";
import { useT } from "../../lib/shell";

/**
 * What a change request changes, as tables: the contract's fields before → after, and the cost
 * table's lines with their change in % and whether each stays within the allowed shift.
 */

const ACTION_FIELD = /^actions\.(\d+)\.(start|end)$/;
const INDICATOR_FIELD = /^indicators\.(\d+)\.(name|target|monitoring)$/;

export function useFieldLabel() {
  const t = useT();
  return (field: string) => {
    const action = ACTION_FIELD.exec(field);
    if (action) return t(`annexes.field.action.${action[2]}`, { n: Number(action[1]) + 1 });
    const split = /^split\.(\d+)\.amount$/.exec(field);
    if (split) return t("annexes.field.split", { n: Number(split[1]) + 1 });
    const indicator = INDICATOR_FIELD.exec(field);
    if (indicator) return t(`annexes.field.indicator.${indicator[2]}`, { n: Number(indicator[1]) + 1 });
    const report = REPORT_FIELD.exec(field);
    if (report) return t(`annexes.field.report.${report[1]}.${report[3]}`, { n: report[2] ?? "" });
    return t(`annexes.field.${field}`);
  };
}

function value(change: FieldChange, v: FieldChange["before"]) {
  return formatChangeValue(change, v);
}

/** The allowed-shift notice: a costs-only request within the shift needs no annex. */
export function ShiftNotice({ diff }: { diff: Pick<ChangeDiff, "shiftWithoutAnnex" | "allowedShiftBp"> }) {
  const t = useT();
  if (!diff.shiftWithoutAnnex) return null;
  return (
    <div className="notice" role="status">
      <p>{t("annexes.notice.shift", { percent: formatPercent(diff.allowedShiftBp, true) })}</p>
    </div>
  );
}

export function ChangeDiffTables({ diff }: { diff: ChangeDiff }) {
  const t = useT();
  const label = useFieldLabel();
  const lines = diff.costLines.filter((l) => l.status !== "same");
  return (
    <>
      {diff.fields.length > 0 ? (
        <table>
          <caption>{t("annexes.diff.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("annexes.diff.field")}</th>
              <th scope="col">{t("annexes.diff.before")}</th>
              <th scope="col">{t("annexes.diff.after")}</th>
            </tr>
          </thead>
          <tbody>
            {diff.fields.map((f) => (
              <tr key={f.field}>
                <th scope="row">{label(f.field)}</th>
                <td>
                  <del>{value(f, f.before)}</del>
                </td>
                <td>
                  <ins>{value(f, f.after)}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {lines.length > 0 ? (
        <table>
          <caption>
            {t("annexes.lines.caption", { percent: formatPercent(diff.allowedShiftBp, true) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("annexes.lines.position")}</th>
              <th scope="col">{t("annexes.lines.name")}</th>
              <th scope="col">{t("annexes.diff.before")}</th>
              <th scope="col">{t("annexes.diff.after")}</th>
              <th scope="col">{t("annexes.lines.change")}</th>
              <th scope="col">{t("annexes.lines.flag")}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.position}>
                <th scope="row">{l.position}</th>
                <td>{l.name || "—"}</td>
                <td className="money">{l.before === null ? "—" : formatMoney(l.before)}</td>
                <td className="money">{l.after === null ? "—" : formatMoney(l.after)}</td>
                <td className="money">{l.changeBp === null ? "—" : formatPercent(l.changeBp, true)}</td>
                <td>
                  {l.status === "added" ? (
                    t("annexes.lines.added")
                  ) : l.status === "removed" ? (
                    t("annexes.lines.removed")
                  ) : l.withinShift ? (
                    t("annexes.lines.within")
                  ) : (
                    <strong>{t("annexes.lines.beyond")}</strong>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
