import { Link } from "react-router";
import { useT } from "../../lib/shell";

export interface MemberOfferRow {
  id: string;
  title: string;
  organizationName: string;
  receiptNumber: string;
  formalPassed: boolean;
  excluded: boolean;
  myStatus: "none" | "draft" | "submitted";
  myTotal: number | null;
  others: { memberName: string; total: number }[];
}

/**
 * The committee's offers for one member: offers they are excluded from are marked and not linked;
 * the member's scoring status in words; the other members' totals once they may be seen.
 */
export function MemberOffersTable(props: {
  competitionId: string;
  offers: MemberOfferRow[];
  voting: boolean;
  scoresVisible: boolean;
}) {
  const t = useT();
  if (props.offers.length === 0) return <p className="notice">{t("committee.offers.none")}</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption>{t("committee.offers.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("committee.col.receipt")}</th>
            <th scope="col">{t("committee.col.offer")}</th>
            <th scope="col">{t("committee.col.formal")}</th>
            <th scope="col">{t("committee.col.myScore")}</th>
            {props.scoresVisible ? <th scope="col">{t("committee.col.others")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {props.offers.map((o) => (
            <tr key={o.id}>
              <td>{o.receiptNumber}</td>
              <th scope="row">
                {o.excluded ? (
                  <>
                    {o.organizationName}: {o.title || t("offers.untitled")}{" "}
                    <strong>({t("committee.offers.excluded")})</strong>
                  </>
                ) : (
                  <Link to={`/komisja/${props.competitionId}/oferty/${o.id}`}>
                    {o.organizationName}: {o.title || t("offers.untitled")}
                  </Link>
                )}
              </th>
              <td>{t(o.formalPassed ? "committee.formal.passed" : "committee.formal.notPassed")}</td>
              <td>
                {o.excluded
                  ? "—"
                  : !props.voting
                    ? t("committee.score.expert")
                    : o.myStatus === "submitted"
                      ? t("committee.score.submittedTotal", { total: o.myTotal ?? 0 })
                      : t(`committee.score.status.${o.myStatus}`)}
              </td>
              {props.scoresVisible ? (
                <td>
                  {o.others.length === 0
                    ? "—"
                    : o.others.map((x) => `${x.memberName}: ${x.total}`).join("; ")}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
