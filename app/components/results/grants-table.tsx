import { Link } from "react-router";
import type { Grant } from "~/domain/results/list-grants";
import { formatDate } from "~/platform/format/dates";
import { formatMoney } from "~/platform/format/money";
import { useT } from "../../lib/shell";

/** Grants from published results: decision date, competition, organisation, task, amount, and the contract's status, paid and returned sums. */
export function GrantsTable(props: {
  grants: readonly Grant[];
  caption: string;
  /** On an organisation's own profile the organisation column is left out. */
  showOrganization?: boolean;
}) {
  const t = useT();
  const showOrganization = props.showOrganization ?? true;
  return (
    <div className="table-scroll">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("results.col.decisionDate")}</th>
            <th scope="col">{t("results.col.competition")}</th>
            {showOrganization ? <th scope="col">{t("results.col.organization")}</th> : null}
            <th scope="col">{t("results.col.title")}</th>
            <th scope="col">{t("results.col.awarded")}</th>
            <th scope="col">{t("contracts.grants.status")}</th>
            <th scope="col">{t("contracts.grants.paid")}</th>
            <th scope="col">{t("contracts.grants.returned")}</th>
          </tr>
        </thead>
        <tbody>
          {props.grants.map((g) => (
            <tr key={`${g.competitionId}-${g.organizationId}-${g.taskTitle}`}>
              <td>{formatDate(g.decisionDate)}</td>
              <td>
                <Link to={`/konkursy/${g.competitionId}/wyniki`}>{g.competitionTitle}</Link>
              </td>
              {showOrganization ? (
                <th scope="row">
                  <Link to={`/organizacje/${g.organizationId}`}>{g.organizationName}</Link>
                </th>
              ) : null}
              <td>{g.taskTitle}</td>
              <td className="num">{formatMoney(g.awardedAmount)}</td>
              <td>
                {g.contractStatus
                  ? t(`contracts.status.${g.contractStatus}`)
                  : t("contracts.grants.noContract")}
              </td>
              <td className="num">{formatMoney(g.paid)}</td>
              <td className="num">{formatMoney(g.returned)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The grants section of an organisation's public profile. */
export function OrganizationGrants({ grants }: { grants: readonly Grant[] }) {
  const t = useT();
  const total = grants.reduce((sum, g) => sum + g.awardedAmount, 0);
  return (
    <section aria-labelledby="grants">
      <h2 id="grants">{t("portal.profile.grants")}</h2>
      {grants.length === 0 ? (
        <p>{t("results.profile.none")}</p>
      ) : (
        <>
          <p>{t("results.profile.total", { count: grants.length, total: formatMoney(total) })}</p>
          <GrantsTable grants={grants} caption={t("results.profile.caption")} showOrganization={false} />
        </>
      )}
    </section>
  );
}
