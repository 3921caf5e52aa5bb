import { data, type RouterContextProvider } from "react-router";
import type { OfferWorkspace } from "~/domain/offers/get-offer-workspace";
import { submitOffer } from "~/domain/offers/submit-offer";
import { withdrawOffer } from "~/domain/offers/withdraw-offer";
import type { OverviewProps } from "../../components/offers/offer-overview";
import type { OfferActionFailure } from "./answers";
import { offerDeps, offerNoticeOf, runOfferAction, withOfferNotice } from "./offers-route.server";

/*
 * The overview of an offer (/panel/oferty/:id): what its page shows, and its two actions —
 * submit (idempotent on the server: a repeat shows the same receipt) and withdraw.
 */

type Context = Readonly<RouterContextProvider>;

/**
 * The overview's data: of the workspace exactly what the page shows (OverviewProps) — not the
 * sections' content, the cost calculation, the offerors' full data or the competition's
 * parameters, which the page would only serialize into itself — and the receipt after a submission.
 */
export function overviewData(
  workspace: OfferWorkspace,
  request: Request,
  now: Date,
): Omit<OverviewProps, "refused"> {
  const notice = offerNoticeOf(request);
  const asked = Number(new URL(request.url).searchParams.get("wersja"));
  const receipt =
    notice === "submitted" || notice === "alreadySubmitted"
      ? (workspace.submissions.find((s) => s.number === asked) ?? null)
      : null;
  const { offer, competition: c } = workspace;
  return {
    workspace: {
      offer: {
        id: offer.id,
        status: offer.status,
        title: offer.title,
        totalCost: offer.totalCost,
        requestedGrant: offer.requestedGrant,
      },
      competition: { id: c.id, title: c.title, offerDeadline: c.offerDeadline, status: c.status },
      basics: { authority: workspace.basics.authority },
      open: workspace.open,
      eligible: workspace.eligible,
      offerors: workspace.offerors.map((o) => ({
        organizationId: o.organizationId,
        name: o.name,
        leader: o.leader,
      })),
      issues: workspace.issues,
      attachmentCount: workspace.attachments.length,
      submissions: workspace.submissions,
      unsubmittedChanges: workspace.unsubmittedChanges,
      can: workspace.can,
    },
    now,
    notice: receipt ? null : notice,
    receipt: receipt ? { submission: receipt, repeated: notice === "alreadySubmitted" } : null,
  };
}

/** Submits or withdraws; a refusal comes back with `values.intent` saying which form it belongs to. */
export async function overviewAction(context: Context, request: Request, offerId: string) {
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const base = `/panel/oferty/${offerId}`;
  if (intent === "submit")
    return runOfferAction(
      context,
      offerId,
      async () => {
        const submitted = await submitOffer({ ...offerDeps(context), offerId });
        return withOfferNotice(base, submitted.repeated ? "alreadySubmitted" : "submitted", {
          wersja: String(submitted.number),
        });
      },
      { intent },
    );
  if (intent === "withdraw") {
    if (form.get("confirm") !== "on") {
      const body: OfferActionFailure = {
        ok: false,
        code: "VALIDATION",
        messageKey: "error.validation",
        fieldErrors: { confirm: ["offers.withdraw.confirmRequired"] },
        values: { intent },
        details: {},
      };
      return data(body, { status: 422 });
    }
    return runOfferAction(
      context,
      offerId,
      async () => {
        await withdrawOffer({ ...offerDeps(context), offerId });
        return withOfferNotice(base, "withdrawn");
      },
      { intent },
    );
  }
  throw data({ messageKey: "error.validation" }, { status: 400 });
}
