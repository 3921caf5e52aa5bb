import { formatDateTime } from "~/platform/format/dates";
import { useT } from "../lib/shell";

export interface HistoryLine {
  at: Date | string;
  actor: string;
  action: string;
}

/**
 * A record's lines of the audit log as a table, newest first: when, who, what. `actionKeyPrefix`
 * names the catalogue where each action's wording lives (e.g. "org.audit").
 */
export function AuditHistoryTable({
  history,
  actionKeyPrefix,
}: {
  history: HistoryLine[];
  actionKeyPrefix: string;
}) {
  const t = useT();
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{t("history.at")}</th>
            <th scope="col">{t("history.actor")}</th>
            <th scope="col">{t("history.action")}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((h, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: audit lines in their order; two may share a second
            <tr key={i}>
              <td>{formatDateTime(h.at)}</td>
              <td>{h.actor}</td>
              <td>{t(`${actionKeyPrefix}.${h.action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
