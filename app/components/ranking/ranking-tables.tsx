import { formatPoints } from "~/domain/ranking/ranking";
import type { ProgressCell, RankedOffer, RankingMember } from "~/domain/ranking/read-ranking";
import { formatMoney } from "~/platform/format/money";
import { useT } from "../../lib/shell";

/** Who has scored which offer: voting members × offers to score, in words (not colour only). */
export function ProgressMatrix(props: {
  members: RankingMember[];
  offers: RankedOffer[];
  progress: ProgressCell[];
}) {
  const t = useT();
  const voting = props.members.filter((m) => m.voting);
  const toScore = props.offers.filter((o) => o.formalOutcome === "passed");
  if (!voting.length || !toScore.length) return <p>{t("ranking.progress.empty")}</p>;
  const cell = (memberId: string, offerId: string) =>
    props.progress.find((p) => p.memberId === memberId && p.offerId === offerId);
  return (
    <div className="table-scroll">
      <table>
        <caption>{t("ranking.progress.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("ranking.col.member")}</th>
            {toScore.map((o) => (
              <th scope="col" key={o.offerId}>
                {o.organizationName}
                <br />
                <small>{o.receiptNumber}</small>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {voting.map((m) => (
            <tr key={m.memberId}>
              <th scope="row">
                {m.name}
                {m.chair ? ` (${t("ranking.member.chair")})` : ""}
              </th>
              {toScore.map((o) => {
                const c = cell(m.memberId, o.offerId);
                return (
                  <td key={o.offerId} className={`progress progress--${c?.state ?? "pending"}`}>
                    {t(`ranking.progress.${c?.state ?? "pending"}`)}
                    {c?.exclusion ? (
                      <>
                        {" "}
                        <small>
                          ({t(`ranking.exclusion.${c.exclusion.source}`)}: {c.exclusion.reason})
                        </small>
                      </>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The ranking: place, offer, requested amount, mean with its spread, pass or fail, formal outcome. */
export function RankingTable(props: { offers: RankedOffer[]; threshold: number | null }) {
  const t = useT();
  return (
    <div className="table-scroll">
      <table>
        <caption>
          {t("ranking.table.caption")}{" "}
          {props.threshold === null
            ? t("ranking.threshold.none")
            : t("ranking.threshold", { points: props.threshold })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("ranking.col.rank")}</th>
            <th scope="col">{t("ranking.col.offer")}</th>
            <th scope="col">{t("ranking.col.requested")}</th>
            <th scope="col">{t("ranking.col.scores")}</th>
            <th scope="col">{t("ranking.col.mean")}</th>
            <th scope="col">{t("ranking.col.result")}</th>
          </tr>
        </thead>
        <tbody>
          {props.offers.map((o) => (
            <tr key={o.offerId}>
              <td>{o.rank ?? "—"}</td>
              <th scope="row">
                {o.organizationName}
                {o.registerNumber ? <small> ({o.registerNumber})</small> : null}
                <br />
                {o.title} <small>{o.receiptNumber}</small>
              </th>
              <td className="num">{formatMoney(o.requestedAmount)}</td>
              <td>{o.scores.length ? o.scores.map((s) => s.total).join(", ") : "—"}</td>
              <td className="num">
                {formatPoints(o.meanHundredths)}
                {o.min !== null ? (
                  <small> ({t("ranking.spread", { min: o.min, max: o.max ?? o.min })})</small>
                ) : null}
              </td>
              <td>{resultText(t, o)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function resultText(t: ReturnType<typeof useT>, o: RankedOffer): string {
  if (o.formalOutcome !== "passed") return t(`ranking.formal.${o.formalOutcome ?? "pending"}`);
  if (o.rank === null) return t("ranking.result.unscored");
  return o.passed ? t("ranking.result.passed") : t("ranking.result.failed");
}
