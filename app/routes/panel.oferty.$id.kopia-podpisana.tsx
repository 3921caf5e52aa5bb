import { Link } from "react-router";
import { formatChecksum } from "~/domain/offers/document";
import { formatFileSize } from "~/platform/files/limits";
import { SignedCopyList } from "../components/evaluation/check-history";
import { SignedCopyForm } from "../components/evaluation/signed-copy-form";
import { Notice } from "../components/organizations/form-parts";
import { loadOfferEvaluation, signedCopyAction } from "../lib/evaluation/ngo.server";
import { filesOf } from "../lib/offers/attachments.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/panel.oferty.$id.kopia-podpisana";

/**
 * GET /panel/oferty/:id/kopia-podpisana — the organisation uploads the signed PDF of its submitted
 * offer; the checksum printed in it is compared with the submitted versions (match, mismatch,
 * none found: the office compares a scan by eye).
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const page = await loadOfferEvaluation(context, request, params.id);
  return { ...page, maxFileBytes: filesOf(context).limits.maxFileBytes };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  return signedCopyAction(context, request, params.id);
}

export default function SignedCopyPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { view, notice } = loaderData;
  const refused = actionData && "ok" in actionData && !actionData.ok ? actionData : null;
  const title = t("evaluation.copy.title", { title: view.offer.title || t("evaluation.untitled") });
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        <Link to={`/panel/oferty/${view.offer.id}`}>{t("evaluation.ngo.back")}</Link>
      </p>
      <Notice messageKey={notice} kind={notice === "evaluation.notice.copyMatch" ? "success" : "info"} />
      {view.current ? (
        <>
          <p>
            {t("evaluation.copy.lead", { number: view.current.number, receipt: view.current.receiptNumber })}
          </p>
          <p>
            {t("evaluation.copy.expected")}: <code>{formatChecksum(view.current.checksum)}</code>
          </p>
          <SignedCopyForm errors={refused?.fieldErrors} maxSize={formatFileSize(loaderData.maxFileBytes)} />
        </>
      ) : (
        <p className="notice">{t("evaluation.copy.notSubmitted")}</p>
      )}
      <h2>{t("evaluation.copy.heading")}</h2>
      <SignedCopyList copies={view.signedCopies} />
    </>
  );
}
