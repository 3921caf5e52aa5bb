import { Link } from "react-router";
import { SECTION_NUMERALS } from "~/domain/offers/sections";
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

function show(value: string | number | boolean | null, t: (k: string) => string): string {
  if (value === null || value === "") return t("evaluation.diff.empty");
  if (typeof value === "boolean") return value ? t("evaluation.diff.yes") : t("evaluation.diff.no");
  return String(value);
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
        d.sections.map((s) => (
          <div className="table-scroll" key={s.part}>
            <table>
              <caption>
                {s.part in SECTION_NUMERALS
                  ? `${SECTION_NUMERALS[s.part as keyof typeof SECTION_NUMERALS]}. `
                  : ""}
                {t(`evaluation.section.${s.part}`)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("evaluation.diff.field")}</th>
                  <th scope="col">{t("evaluation.diff.before", { number: d.from?.number ?? "" })}</th>
                  <th scope="col">{t("evaluation.diff.after", { number: d.to?.number ?? "" })}</th>
                </tr>
              </thead>
              <tbody>
                {s.changes.map((c) => (
                  <tr key={c.field}>
                    <th scope="row">
                      <code>{c.field}</code>
                    </th>
                    <td>
                      <del>{show(c.before, t)}</del>
                    </td>
                    <td>
                      <ins>{show(c.after, t)}</ins>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))
      )}
    </>
  );
}
