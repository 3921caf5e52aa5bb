import { useT } from "../../lib/shell";
import { AuditHistoryTable, type HistoryLine } from "../audit-history";

/** The competition's history from the audit log, newest first: when, who, what. */
export function CompetitionHistory({ history }: { history: HistoryLine[] }) {
  const t = useT();
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t("competition.history.title")}</h2>
      {history.length === 0 ? (
        <p>{t("competition.history.empty")}</p>
      ) : (
        <AuditHistoryTable history={history} actionKeyPrefix="competition.audit" />
      )}
    </section>
  );
}
