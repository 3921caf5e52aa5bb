import { Link } from "react-router";
import { VersionDiffTables } from "../components/evaluation/version-diff-tables";
import { loadVersionDiff } from "../lib/evaluation/office.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.oferty.$id.roznice";

/**
 * GET /urzad/oferty/:id/roznice?z=1&do=2 — the difference between two submitted versions of an
 * offer, per section, field by field, before and after (domain/evaluation/version-diff.ts).
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  return loadVersionDiff(context, request, params.id);
}

export default function VersionDiff({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const d = loaderData;
  const title = t("evaluation.diff.title", { from: d.from?.number ?? "—", to: d.to?.number ?? "—" });
  return (
    <>
      <title>{`${title}: ${d.offer.title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        {d.offer.title} —{" "}
        <Link to={`/urzad/oferty/${d.offer.id}/ocena-formalna`}>{t("evaluation.diff.back")}</Link>
      </p>
      {!d.from || !d.to || d.from.id === d.to.id ? (
        <p className="notice">{t("evaluation.diff.single")}</p>
      ) : d.sections.length === 0 ? (
        <p className="notice">{t("evaluation.diff.none")}</p>
      ) : (
        <VersionDiffTables sections={d.sections} fromNumber={d.from.number} toNumber={d.to.number} />
      )}
    </>
  );
}
