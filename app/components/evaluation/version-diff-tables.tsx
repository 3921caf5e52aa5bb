import { SECTION_NUMERALS } from "~/domain/offers/sections";
import { useT } from "../../lib/shell";

type Value = string | number | boolean | null;

/** A changed value as text: empty and yes/no spelled out. */
function show(value: Value, t: (k: string) => string): string {
  if (value === null || value === "") return t("evaluation.diff.empty");
  if (typeof value === "boolean") return value ? t("evaluation.diff.yes") : t("evaluation.diff.no");
  return String(value);
}

/**
 * The difference between two frozen versions of an offer, one table per part of the template,
 * field by field (before struck out, after inserted): the correction's and the update's pages.
 */
export function VersionDiffTables(props: {
  sections: readonly { part: string; changes: readonly { field: string; before: Value; after: Value }[] }[];
  fromNumber: number | string;
  toNumber: number | string;
}) {
  const t = useT();
  return props.sections.map((s) => (
    <div className="table-scroll" key={s.part}>
      <table>
        <caption>
          {s.part in SECTION_NUMERALS ? `${SECTION_NUMERALS[s.part as keyof typeof SECTION_NUMERALS]}. ` : ""}
          {t(`evaluation.section.${s.part}`)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("evaluation.diff.field")}</th>
            <th scope="col">{t("evaluation.diff.before", { number: props.fromNumber })}</th>
            <th scope="col">{t("evaluation.diff.after", { number: props.toNumber })}</th>
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
  ));
}
