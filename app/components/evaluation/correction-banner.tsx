import { Link } from "react-router";
import { formatDateTime } from "~/platform/format/dates";
import { useT } from "../../lib/shell";

/** The overview's banner while a correction of formal defects is open: by when, and where to do it. */
export function CorrectionBanner(props: {
  offerId: string;
  correction: { deadline: string; sections: string[] } | null;
}) {
  const t = useT();
  if (!props.correction) return null;
  return (
    <div className="notice notice--warning" role="status">
      <h2>{t("evaluation.banner.title")}</h2>
      <p>{t("evaluation.banner.text", { at: formatDateTime(props.correction.deadline) })}</p>
      <p>
        <Link to={`/panel/oferty/${props.offerId}/korekta`}>{t("evaluation.banner.link")}</Link>
      </p>
    </div>
  );
}

/** The overview's link to the signed copy's upload, once the offer has been submitted. */
export function SignedCopyLink(props: { offerId: string; submitted: boolean }) {
  const t = useT();
  if (!props.submitted) return null;
  return (
    <p>
      <Link to={`/panel/oferty/${props.offerId}/kopia-podpisana`}>{t("evaluation.ngo.signedCopyLink")}</Link>
    </p>
  );
}
