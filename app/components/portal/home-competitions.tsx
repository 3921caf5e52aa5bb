import { Link } from "react-router";
import { formatDateTime } from "~/platform/format/dates";
import { useT } from "../../lib/shell";

export interface HomeCompetition {
  id: string;
  title: string;
  department: string;
  offerDeadline: Date | null;
}

/** Open calls for offers, nearest deadline first, each with its department and deadline in Warsaw time. */
export function CurrentCompetitions({ items, total }: { items: HomeCompetition[]; total: number }) {
  const t = useT();
  return (
    <section aria-labelledby="home-competitions">
      <h2 id="home-competitions">{t("portal.home.competitions")}</h2>
      {items.length === 0 ? (
        <p>{t("portal.home.competitions.empty")}</p>
      ) : (
        <ul className="portal-competitions">
          {items.map((c) => (
            <li key={c.id}>
              <h3>
                <Link to={`/konkursy/${c.id}`}>{c.title}</Link>
              </h3>
              <p>{c.department}</p>
              {c.offerDeadline ? (
                <p>
                  {t("portal.home.competitions.deadline", {
                    at: t("competition.deadlineAt", { at: formatDateTime(c.offerDeadline) }),
                  })}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/konkursy?status=open">{t("portal.home.competitions.all", { count: total })}</Link>
      </p>
    </section>
  );
}
