import type { QueryIssue } from "~/domain/portal/api-schemas";
import { translateError, useT } from "../../lib/shell";

/** Says which search parameters of the address were ignored, and why. */
export function QueryIssues({ issues }: { issues: QueryIssue[] }) {
  const t = useT();
  if (issues.length === 0) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p>{t("portal.search.badParams")}</p>
      <ul>
        {issues.map((i) => (
          <li key={`${i.parameter}:${i.messageKey}`}>
            {t(`portal.search.param.${i.parameter}`)}: {translateError(t, i.messageKey)}
          </li>
        ))}
      </ul>
    </div>
  );
}
