import { Link } from "react-router";
import { useT } from "../../lib/shell";

/** The funded offers of a resolved competition, each with the link to draw up (or open) its contract. */
export function GenerateContractLinks(props: {
  rows: readonly {
    offerId: string;
    organizationName: string;
    offerTitle: string;
    status: string;
    awardedAmount: number;
  }[];
}) {
  const t = useT();
  const funded = props.rows.filter((row) => row.status === "funded" && row.awardedAmount > 0);
  if (funded.length === 0) return null;
  return (
    <section aria-labelledby="contracts-title">
      <h2 id="contracts-title">{t("contracts.generate.linksTitle")}</h2>
      <ul>
        {funded.map((row) => (
          <li key={row.offerId}>
            {row.organizationName}: {row.offerTitle} —{" "}
            <Link
              to={`/urzad/oferty/${row.offerId}/umowa`}
              aria-label={t("contracts.generate.linkFor", {
                name: row.organizationName,
                title: row.offerTitle,
              })}
            >
              {t("contracts.generate.link")}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
