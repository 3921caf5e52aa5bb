import { type RouterContextProvider, redirect } from "react-router";
import { editContractDraft } from "~/domain/contracts/edit-contract-draft";
import { generateContract } from "~/domain/contracts/generate-contract";
import { nestFormValues } from "~/domain/contracts/generate-schema";
import { readContractTerms } from "~/domain/contracts/generate-view";
import { competitionDeps, requireCompetitionOffice } from "../competitions/competitions-route.server";
import { formValues } from "../evaluation/office.server";
import { orRefusalPage, runAction } from "../http.server";

/*
 * Route plumbing of drawing up the contract (/urzad/oferty/:id/umowa). GET shows the terms with
 * their defaults, or sends to the contract's page when it exists; with `?edytuj` a draft's terms
 * are shown again for redrawing. POST with intent "generate" draws the contract up, with intent
 * "edit" redraws the draft; both go on to /urzad/umowy/:contractId.
 */

type Context = Readonly<RouterContextProvider>;

export const contractPath = (contractId: string) => `/urzad/umowy/${contractId}`;

export async function loadContractTerms(context: Context, request: Request, offerId: unknown) {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, tenantId } = competitionDeps(context);
  const view = await orRefusalPage(context, readContractTerms(db, { tenantId, staffRoles, offerId }), {
    type: "offer",
    id: offerId,
  });
  const editing = new URL(request.url).searchParams.has("edytuj");
  if (view.kind === "exists" && !(editing && view.editable)) throw redirect(contractPath(view.contractId));
  return { view, offerId: String(offerId) };
}

export async function contractTermsAction(context: Context, request: Request, offerId: string | undefined) {
  requireCompetitionOffice(context, request);
  const { values } = await formValues(request);
  const { intent, contractId, ...terms } = values;
  const deps = competitionDeps(context);
  try {
    return await runAction(async () => {
      const result =
        intent === "edit"
          ? await editContractDraft({ ...deps, contractId, offerId, input: nestFormValues(terms) })
          : await generateContract({ ...deps, offerId, input: nestFormValues(terms) });
      return redirect(contractPath(result.contractId));
    }, values);
  } catch (error) {
    return orRefusalPage(context, Promise.reject(error), { type: "offer", id: offerId });
  }
}
