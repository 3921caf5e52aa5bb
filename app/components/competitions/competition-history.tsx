import { formatDateTime } from "~/platform/format/dates";
import { useT } from "../../lib/shell";

/** The competition's history from the audit log, newest first: when, who, what. */
export function CompetitionHistory({ history }: { history: { at: Date; actor: string; action: string }[] }) {
  const t = useT();
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t("competition.history.title")}</h2>
      {history.length === 0 ? (
        <p>{t("competition.history.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("competition.history.at")}</th>
                <th scope="col">{t("competition.history.actor")}</th>
                <th scope="col">{t("competition.history.action")}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: audit lines in order
                <tr key={i}>
                  <td>{formatDateTime(h.at)}</td>
                  <td>{h.actor}</td>
                  <td>{t(`competition.audit.${h.action}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
