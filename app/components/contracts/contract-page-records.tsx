import { Link } from "react-router";
import { formatChecksum } from "~/domain/offers/document";
import { formatDate, formatDateTime } from "~/platform/format/dates";
import { useT } from "../../lib/shell";

export interface ContractRecordsView {
  contract: { id: string };
  versions: { number: number; kind: string; annexNumber: number | null; checksum: string }[];
  reports: {
    id: string;
    kind: string;
    periodStart: string;
    periodEnd: string;
    dueOn: string;
    status: string;
  }[];
  changes: { id: string; submittedAt: Date | string; kinds: string[]; status: string }[];
}

/**
 * The contract's versions (original and annexes, with their PDF and DOCX), its reports and its
 * change requests, each linking to its page under `base` ("/urzad" or "/panel").
 */
export function ContractPageRecords(props: {
  view: ContractRecordsView;
  base: "/urzad" | "/panel";
  showReports: boolean;
}) {
  const t = useT();
  const { view, base } = props;
  const contractPath = `${base}/umowy/${view.contract.id}`;
  const reportPath = base === "/urzad" ? "/urzad/sprawozdania" : "/panel/sprawozdania";
  return (
    <>
      <section aria-labelledby="versions-title">
        <h2 id="versions-title">{t("contracts.versions.title")}</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("contracts.versions.number")}</th>
                <th scope="col">{t("contracts.versions.kind")}</th>
                <th scope="col">{t("contracts.versions.checksum")}</th>
                <th scope="col">{t("contracts.versions.files")}</th>
              </tr>
            </thead>
            <tbody>
              {view.versions.map((v) => (
                <tr key={v.number}>
                  <th scope="row">{v.number}</th>
                  <td>
                    {v.kind === "annex"
                      ? t("contracts.versions.annex", { n: v.annexNumber ?? v.number - 1 })
                      : t("contracts.versions.original")}
                  </td>
                  <td>
                    <code>{formatChecksum(v.checksum)}</code>
                  </td>
                  <td>
                    <a href={`${contractPath}/wersje/${v.number}.pdf`}>
                      {t("contracts.versions.pdf", { n: v.number })}
                    </a>{" "}
                    <a href={`${contractPath}/wersje/${v.number}.docx`}>
                      {t("contracts.versions.docx", { n: v.number })}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {props.showReports ? (
        <section aria-labelledby="reports-title">
          <h2 id="reports-title">{t("contracts.reports.title")}</h2>
          {view.reports.length === 0 ? (
            <p>{t("contracts.reports.none")}</p>
          ) : (
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("contracts.reports.kind")}</th>
                    <th scope="col">{t("contracts.reports.period")}</th>
                    <th scope="col">{t("contracts.reports.dueOn")}</th>
                    <th scope="col">{t("contracts.reports.status")}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.reports.map((r) => (
                    <tr key={r.id}>
                      <th scope="row">
                        <Link to={`${reportPath}/${r.id}`}>{t(`contracts.reportKind.${r.kind}`)}</Link>
                      </th>
                      <td>
                        {formatDate(r.periodStart)} – {formatDate(r.periodEnd)}
                      </td>
                      <td>{formatDate(r.dueOn)}</td>
                      <td>{t(`contracts.reportStatus.${r.status}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}
      {view.changes.length > 0 ? (
        <section aria-labelledby="changes-title">
          <h2 id="changes-title">{t("contracts.changes.title")}</h2>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("contracts.changes.submittedAt")}</th>
                  <th scope="col">{t("contracts.changes.kinds")}</th>
                  <th scope="col">{t("contracts.changes.status")}</th>
                </tr>
              </thead>
              <tbody>
                {view.changes.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link to={`${contractPath}/zmiany/${c.id}`}>{formatDateTime(c.submittedAt)}</Link>
                    </th>
                    <td>{c.kinds.map((k) => t(`contracts.changeKind.${k}`)).join(", ")}</td>
                    <td>{t(`contracts.changeStatus.${c.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  );
}
