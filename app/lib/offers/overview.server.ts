import { data, type RouterContextProvider } from "react-router";
import type { OfferWorkspace } from "~/domain/offers/get-offer-workspace";
import { submitOffer } from "~/domain/offers/submit-offer";
import { withdrawOffer } from "~/domain/offers/withdraw-offer";
import type { OfferActionFailure } from "./answers";
import { offerDeps, offerNoticeOf, runOfferAction, withOfferNotice } from "./offers-route.server";

/*
 * The overview of an offer (/panel/oferty/:id): what its page shows, and its two actions —
 * submit (idempotent on the server: a repeat shows the same receipt) and withdraw.
 */

type Context = Readonly<RouterContextProvider>;

/** The overview's data: the workspace without the sections' content, and the receipt after a submission. */
export function overviewData(workspace: OfferWorkspace, request: Request, now: Date) {
  const notice = offerNoticeOf(request);
  const asked = Number(new URL(request.url).searchParams.get("wersja"));
  const receipt =
    notice === "submitted" || notice === "alreadySubmitted"
      ? (workspace.submissions.find((s) => s.number === asked) ?? null)
      : null;
  const { sections: _sections, ...rest } = workspace;
  return {
    workspace: rest,
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
