import { Link } from "react-router";
import type { OfferIssue } from "~/domain/offers/checks";
import { formatDateTime } from "~/platform/format/dates";
import type { OfferActionFailure } from "../../lib/offers/answers";
import { translateError, useT } from "../../lib/shell";
import { Notice } from "../organizations/form-parts";
import { ParameterIssues, SectionsChecklist, SubmissionErrorSummary } from "./offer-checklist";
import { OfferFacts } from "./offer-facts";
import {
  OfferReceipt,
  SubmissionsHistory,
  type SubmissionView,
  SubmitOfferForm,
  WithdrawOfferForm,
} from "./offer-submission";

/** What the overview needs of the workspace (app/lib/offers/overview.server.ts overviewData). */
export interface OverviewProps {
  workspace: {
    offer: { id: string; status: string; title: string; totalCost: number; requestedGrant: number };
    competition: { id: string; title: string; offerDeadline: Date | null; status: string };
    basics: { authority: string };
    open: boolean;
    eligible: boolean;
    offerors: { organizationId: string; name: string; leader: boolean }[];
    issues: { completeness: OfferIssue[]; parameters: OfferIssue[] };
    attachmentCount: number;
    submissions: SubmissionView[];
    unsubmittedChanges: boolean;
    can: { edit: boolean; submit: boolean; withdraw: boolean; managePartners: boolean };
  };
  now: Date;
  notice: string | null;
  receipt: { submission: SubmissionView; repeated: boolean } | null;
  refused: OfferActionFailure | null;
}

/**
 * The offer's overview: facts, the sections with their completeness, the competition's parameters
 * not met yet, links to attachments, partners and the preview, then submission (receipt, the
 * form, the history) and withdrawal. After the deadline it says so and offers no forms.
 */
export function OfferOverview(props: OverviewProps) {
  const t = useT();
  const { workspace: w, refused } = props;
  const id = w.offer.id;
  const deadlinePassed =
    w.competition.offerDeadline !== null && w.competition.offerDeadline.getTime() <= props.now.getTime();
  const refusedSubmit = refused?.values.intent === "submit" ? refused : null;
  const refusedWithdraw = refused?.values.intent === "withdraw" ? refused : null;
  return (
    <>
      {props.receipt ? <OfferReceipt offerId={id} {...props.receipt} /> : null}
      {props.notice ? <Notice messageKey={`offers.notice.${props.notice}`} /> : null}
      {refusedSubmit && refusedSubmit.code === "VALIDATION" ? (
        <SubmissionErrorSummary offerId={id} fieldErrors={refusedSubmit.fieldErrors} />
      ) : null}
      {refused && refused.code !== "VALIDATION" ? <RefusalNotice refused={refused} /> : null}
      {!w.open ? (
        <Notice
          kind="info"
          messageKey={deadlinePassed ? "offers.deadlinePassed" : "offers.notOpen"}
          params={{ at: w.competition.offerDeadline ? formatDateTime(w.competition.offerDeadline) : "—" }}
        />
      ) : null}
      {w.unsubmittedChanges ? <Notice kind="info" messageKey="offers.unsubmittedChanges" /> : null}
      {!w.eligible ? <Notice kind="info" messageKey="offers.notEligible" /> : null}
      <OfferFacts
        competition={w.competition}
        authority={w.basics.authority}
        status={w.offer.status}
        now={props.now}
        open={w.open}
        totalCost={w.offer.totalCost}
        requestedGrant={w.offer.requestedGrant}
        offerors={w.offerors}
      />
      <SectionsChecklist offerId={id} completeness={w.issues.completeness} parameters={w.issues.parameters} />
      <ParameterIssues offerId={id} issues={w.issues.parameters} />
      <section aria-labelledby="more-title">
        <h2 id="more-title">{t("offers.overview.more")}</h2>
        <ul>
          <li>
            <Link to={`/panel/oferty/${id}/zalaczniki`}>{t("offers.attachments.link")}</Link> (
            {t("offers.attachments.count", { count: w.attachmentCount })})
          </li>
          <li>
            <Link to={`/panel/oferty/${id}/partnerzy`}>{t("offers.partners.link")}</Link>
          </li>
          <li>
            <Link to={`/panel/oferty/${id}/podglad`}>{t("offers.preview.html")}</Link>
          </li>
          <li>
            <a href={`/panel/oferty/${id}/podglad.pdf`} type="application/pdf">
              {t("offers.preview.pdf")}
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="submit-title">
        <h2 id="submit-title">{t("offers.submit.title")}</h2>
        {w.can.submit ? (
          <SubmitOfferForm resubmission={w.submissions.length > 0} />
        ) : (
          <p>{t(submitUnavailable(w, deadlinePassed))}</p>
        )}
      </section>
      <SubmissionsHistory offerId={id} submissions={w.submissions} />
      {w.can.withdraw ? <WithdrawOfferForm errors={refusedWithdraw?.fieldErrors} /> : null}
    </>
  );
}

/** Why there is no "Złóż ofertę" button. */
function submitUnavailable(w: OverviewProps["workspace"], deadlinePassed: boolean): string {
  if (deadlinePassed) return "offers.submit.closed";
  if (!w.open) return "offers.submit.notOpen";
  if (w.offer.status === "submitted" && !w.unsubmittedChanges) return "offers.submit.upToDate";
  return "offers.submit.notAllowed";
}

/** A refusal that is not about fields: the deadline passed (the draft is kept), a conflict, a status change. */
function RefusalNotice({ refused }: { refused: OfferActionFailure }) {
  const t = useT();
  const deadline =
    typeof refused.details.deadline === "string" ? formatDateTime(refused.details.deadline) : "—";
  const text =
    refused.messageKey === "offer.error.deadlinePassed"
      ? t("offers.submit.deadlinePassed", { at: deadline })
      : translateError(t, refused.messageKey);
  return (
    <div className="notice notice--error" role="alert">
      <p>{text}</p>
    </div>
  );
}
