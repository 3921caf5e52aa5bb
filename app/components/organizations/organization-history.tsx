import { formatDateTime } from "~/platform/format/dates";
import { useT } from "../../lib/shell";

/** The organisation's lines of the audit log, newest first. */
export function OrganizationHistory({
  history,
}: {
  history: { at: Date | string; actor: string; action: string }[];
}) {
  const t = useT();
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{t("org.backOffice.col.when")}</th>
            <th scope="col">{t("org.backOffice.col.who")}</th>
            <th scope="col">{t("org.backOffice.col.what")}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((h, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: audit lines in their order; two may share a second
            <tr key={i}>
              <td>{formatDateTime(h.at)}</td>
              <td>{h.actor}</td>
              <td>{t(`org.audit.${h.action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
