import { Link } from "react-router";
import type { CompetitionAction } from "~/domain/competitions/policy";
import { useT } from "../../lib/shell";

/**
 * The evaluation of a competition's offers as ordered steps (UDPP art. 15, PROCESS.md §3): formal
 * check, the committee, merit scoring and ranking with the protocol, the mayor's decision, the
 * published results. Shown to the office once the evaluation has started; each step is a page.
 */
export function EvaluationSteps(props: { id: string; allowed: Record<CompetitionAction, boolean> }) {
  const t = useT();
  if (!props.allowed["evaluation.view"]) return null;
  const base = `/urzad/konkursy/${props.id}`;
  return (
    <nav aria-labelledby="evaluation-steps-title" className="evaluation-steps">
      <h2 id="evaluation-steps-title">{t("offersOffice.steps.title")}</h2>
      <ol>
        <li>
          <Link to={`${base}/ocena-formalna`}>{t("offersOffice.steps.formal")}</Link>
        </li>
        <li>
          <Link to={`${base}/komisja`}>{t("offersOffice.steps.committee")}</Link>
        </li>
        <li>
          <Link to={`${base}/ranking`}>{t("offersOffice.steps.ranking")}</Link> (
          {t("offersOffice.steps.protocol")}:{" "}
          <a href={`${base}/protokol.pdf`} type="application/pdf">
            PDF
          </a>
          ,{" "}
          <a
            href={`${base}/protokol.docx`}
            type="application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          >
            DOCX
          </a>
          )
        </li>
        <li>
          {props.allowed["results.decide"] ? (
            <Link to={`${base}/rozstrzygniecie`}>{t("offersOffice.steps.decision")}</Link>
          ) : (
            t("offersOffice.steps.decision")
          )}
        </li>
        <li>
          <Link to={`${base}/wyniki`}>{t("offersOffice.steps.results")}</Link>
        </li>
      </ol>
    </nav>
  );
}
