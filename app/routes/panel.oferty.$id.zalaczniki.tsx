import { Link } from "react-router";
import { formatFileSize } from "~/platform/files/limits";
import { AttachmentsTable, RequiredAttachments, UploadForm } from "../components/offers/attachments-form";
import { OfferBreadcrumbs, SectionNav } from "../components/offers/offer-nav";
import { Notice } from "../components/organizations/form-parts";
import type { OfferActionFailure } from "../lib/offers/answers";
import { attachmentsAction, loadAttachmentsPage } from "../lib/offers/attachments.server";
import { useLocale, useShell, useT } from "../lib/shell";
import type { Route } from "./+types/panel.oferty.$id.zalaczniki";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  return loadAttachmentsPage(context, request, params.id);
}

export async function action({ request, context, params }: Route.ActionArgs) {
  return attachmentsAction(context, request, params.id);
}

export default function OfferAttachments({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { tenant } = useShell();
  const { offer, limits } = loaderData;
  const refused = actionData && !actionData.ok ? (actionData as OfferActionFailure) : null;
  const formErrors = refused && Object.keys(refused.fieldErrors).length ? refused.fieldErrors : undefined;
  const title = t("files.page.title");
  return (
    <>
      <title>{`${title} — ${offer.title || t("offers.untitled")} — ${tenant.name}`}</title>
      <OfferBreadcrumbs offerId={offer.id} offerTitle={offer.title} current={title} />
      <h1>{title}</h1>
      <SectionNav offerId={offer.id} />
      <Notice messageKey={loaderData.notice} />
      {refused && !formErrors ? <Notice messageKey={refused.messageKey} kind="error" /> : null}
      {loaderData.unsubmittedChanges ? <Notice messageKey="files.unsubmittedChanges" kind="info" /> : null}
      <p className="lead">{t("files.page.intro")}</p>

      <h2>{t("files.required.title")}</h2>
      <RequiredAttachments requirements={loaderData.requirements} />

      <h2>{t("files.list.title")}</h2>
      <AttachmentsTable
        offerId={offer.id}
        attachments={loaderData.attachments}
        canRemove={loaderData.canEdit}
      />
      <p>
        {t("files.list.usage", {
          used: formatFileSize(loaderData.used, locale),
          max: formatFileSize(limits.maxOfferBytes, locale),
        })}
      </p>

      {loaderData.canEdit ? (
        <UploadForm
          requirements={loaderData.requirements.map((r) => r.label)}
          maxFileBytes={limits.maxFileBytes}
          errors={formErrors}
          requirement={
            refused?.values.requirement ?? loaderData.requirements.find((r) => !r.files.length)?.label
          }
        />
      ) : (
        <p>{t(loaderData.open ? "files.readOnly" : "files.closed")}</p>
      )}
      <p>
        <Link to={`/panel/oferty/${offer.id}`}>{t("files.page.back")}</Link>
      </p>
    </>
  );
}
