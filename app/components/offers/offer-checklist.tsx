import { Link } from "react-router";
import type { OfferIssue } from "~/domain/offers/checks";
import { isSectionKey, SECTION_KEYS, type SectionKey } from "~/domain/offers/sections";
import { plural } from "../../i18n/plural";
import { sectionHref } from "../../lib/offers/section-slugs";
import { translateError, useLocale, useT } from "../../lib/shell";
import { fieldLabel, sectionTitle } from "./field-labels";

/** Where an issue is fixed: its field in its section's form (attachments have their own page). */
export function issueHref(offerId: string, issue: Pick<OfferIssue, "section" | "field">): string {
  if (issue.section === "other" && issue.field === "attachments")
    return `/panel/oferty/${offerId}/zalaczniki`;
  return sectionHref(offerId, issue.section, issue.field);
}

/** The sections II–VII with a completeness mark each (in words, not colour alone) and a link to each form. */
export function SectionsChecklist(props: {
  offerId: string;
  completeness: OfferIssue[];
  parameters: OfferIssue[];
}) {
  const t = useT();
  const locale = useLocale();
  const count = (list: OfferIssue[], k: SectionKey) => list.filter((i) => i.section === k).length;
  return (
    <section aria-labelledby="sections-title">
      <h2 id="sections-title">{t("offers.overview.sections")}</h2>
      <ol className="offer-checklist">
        {SECTION_KEYS.map((k) => {
          const missing = count(props.completeness, k);
          const problems = count(props.parameters, k);
          const done = missing === 0 && problems === 0;
          return (
            <li key={k} className={done ? "offer-checklist__done" : "offer-checklist__todo"}>
              <Link to={sectionHref(props.offerId, k)}>{sectionTitle(t, k)}</Link>{" "}
              <span className="offer-checklist__mark">
                <span aria-hidden="true">{done ? "✓ " : "✗ "}</span>
                {done
                  ? t("offers.checklist.complete")
                  : [
                      missing ? plural(t, locale, "offers.checklist.missing", missing) : "",
                      problems ? plural(t, locale, "offers.checklist.problems", problems) : "",
                    ]
                      .filter(Boolean)
                      .join(", ")}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The competition's parameters the offer does not meet yet, each linking to its field. */
export function ParameterIssues(props: { offerId: string; issues: OfferIssue[] }) {
  const t = useT();
  if (props.issues.length === 0) return null;
  return (
    <section aria-labelledby="parameters-title">
      <h2 id="parameters-title">{t("offers.overview.parameters")}</h2>
      <p>{t("offers.overview.parametersHint")}</p>
      <IssueList offerId={props.offerId} issues={props.issues} />
    </section>
  );
}

function IssueList({ offerId, issues }: { offerId: string; issues: OfferIssue[] }) {
  const t = useT();
  return (
    <ul>
      {issues.map((issue, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one field may have several issues; the list is rebuilt whole
        <li key={`${issue.section}:${issue.field}:${i}`}>
          <a href={issueHref(offerId, issue)}>
            {sectionTitle(t, issue.section, true)} — {fieldLabel(t, issue.section, issue.field)}:{" "}
            {translateError(t, issue.message)}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Field errors keyed "section:field" (a refused submission) as issues, in the order given. */
export function issuesOfFieldErrors(fieldErrors: Record<string, string[]>): OfferIssue[] {
  const out: OfferIssue[] = [];
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const colon = key.indexOf(":");
    const section = key.slice(0, colon);
    if (colon < 0 || !isSectionKey(section)) continue;
    for (const message of messages) out.push({ section, field: key.slice(colon + 1), message });
  }
  return out;
}

/**
 * A refused submission: every issue with a link to its field in its section's form (WCAG 3.3.1),
 * like ErrorSummary but across pages.
 */
export function SubmissionErrorSummary(props: { offerId: string; fieldErrors: Record<string, string[]> }) {
  const t = useT();
  const locale = useLocale();
  const issues = issuesOfFieldErrors(props.fieldErrors);
  if (issues.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} id="submit-errors">
      <h2>{plural(t, locale, "offers.submit.refused", issues.length)}</h2>
      <IssueList offerId={props.offerId} issues={issues} />
    </div>
  );
}
