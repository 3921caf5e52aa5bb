import { CorrectionBanner, SignedCopyLink } from "../components/evaluation/correction-banner";
import { OfferBreadcrumbs, SectionNav } from "../components/offers/offer-nav";
import { OfferOverview } from "../components/offers/offer-overview";
import { UpdateBanner } from "../components/updates/update-banner";
import type { OfferActionFailure } from "../lib/offers/answers";
import { loadWorkspace, offerDeps, requireOfferMember } from "../lib/offers/offers-route.server";
import { overviewAction, overviewData } from "../lib/offers/overview.server";
import { useShell, useT } from "../lib/shell";
import { updateBanner } from "../lib/updates/ngo.server";
import type { Route } from "./+types/panel.oferty.$id._index";
import "../components/offers/offers.css";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { workspace } = await loadWorkspace(context, request, params.id);
  const now = offerDeps(context).clock.now();
  // The workspace has read the correction round; an update exists only once resolved.
  return {
    ...overviewData(workspace, request, now),
    correction: workspace.correction,
    update:
      workspace.competition.status === "resolved" ? await updateBanner(context, workspace.offer.id) : null,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  await requireOfferMember(context, request, params.id);
  return overviewAction(context, request, params.id);
}

export default function OfferOverviewPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { workspace } = loaderData;
  const title = workspace.offer.title || t("offers.untitled");
  const refused =
    actionData && "ok" in actionData && !actionData.ok ? (actionData as OfferActionFailure) : null;
  return (
    <>
      <title>{`${t("offers.overview.title", { title })} — ${tenant.name}`}</title>
      <OfferBreadcrumbs current={title} />
      <h1>{t("offers.overview.title", { title })}</h1>
      <SectionNav offerId={workspace.offer.id} />
      <CorrectionBanner offerId={workspace.offer.id} correction={loaderData.correction} />
      <UpdateBanner offerId={workspace.offer.id} update={loaderData.update} />
      <SignedCopyLink offerId={workspace.offer.id} submitted={workspace.offer.status === "submitted"} />
      <OfferOverview
        workspace={workspace}
        now={loaderData.now}
        notice={loaderData.notice}
        receipt={loaderData.receipt}
        refused={refused}
      />
    </>
  );
}
