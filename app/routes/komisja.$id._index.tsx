import { Link } from "react-router";
import { getMemberCommittee } from "~/domain/committee/get-member-committee";
import { saveDissent } from "~/domain/committee/save-dissent";
import { signDeclaration } from "~/domain/committee/sign-declaration";
import { formatDateTime } from "~/platform/format/dates";
import { z } from "~/platform/validation/zod-messages";
import { DeclarationForm } from "../components/committee/declaration-form";
import { MemberOffersTable } from "../components/committee/member-offers-table";
import { Field, PostForm } from "../components/forms";
import { Notice } from "../components/organizations/form-parts";
import {
  committeeDeps,
  committeeNoticeOf,
  orCommitteeErrorPage,
  withCommitteeNotice,
} from "../lib/committee/committee-route.server";
import { validateForm } from "../lib/form.server";
import { requireUser } from "../lib/guards.server";
import { runAction } from "../lib/http.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/komisja.$id._index";

/**
 * GET /komisja/:id — a member's page of one committee: the declaration of no conflict of interest
 * until it is signed (no offer content before it), then the offers with the member's scoring
 * status and their dissenting note for the protocol.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { user } = requireUser(context, request);
  const { db, tenantId } = committeeDeps(context);
  const view = await orCommitteeErrorPage(
    context,
    getMemberCommittee({ db, tenantId, userId: user.id, competitionId: params.id }),
    params.id,
  );
  return { view, notice: committeeNoticeOf(request) };
}

const Raw = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

export async function action({ request, context, params }: Route.ActionArgs) {
  const { user } = requireUser(context, request);
  // The member's page first: a stranger's post is refused as the page is, before the form is read.
  const { db, tenantId } = committeeDeps(context);
  await orCommitteeErrorPage(
    context,
    getMemberCommittee({ db, tenantId, userId: user.id, competitionId: params.id }),
    params.id,
  );
  const form = await request.formData();
  const intent = form.get("intent");
  const parsed = validateForm(form, Raw, { arrays: ["conflictOfferIds"] });
  const values = parsed.values;
  const input = parsed.ok ? parsed.data : {};
  const deps = committeeDeps(context);
  return runAction(async () => {
    if (intent === "dissent") {
      await saveDissent({ ...deps, competitionId: params.id, input });
      return withCommitteeNotice(`/komisja/${params.id}`, "dissentSaved");
    }
    await signDeclaration({ ...deps, competitionId: params.id, input });
    return withCommitteeNotice(`/komisja/${params.id}`, "declared");
  }, values);
}

export default function CommitteePage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { view, notice } = loaderData;
  const refused = actionData && "ok" in actionData && !actionData.ok ? actionData : null;
  const title = t("committee.member.title", { title: view.competition.title });
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        <Link to="/komisja">{t("committee.my.back")}</Link>
      </p>
      <Notice messageKey={notice} />
      {refused && !Object.keys(refused.fieldErrors).length ? (
        <Notice messageKey={refused.messageKey} kind="error" />
      ) : null}
      <p>
        {t(`committee.kind.${view.member.kind}`)}
        {view.member.chair ? `, ${t("committee.chair")}` : ""}
        {view.member.voting ? "" : ` — ${t("committee.expertHint")}`}
      </p>
      {!view.declared ? (
        <>
          <p className="lead">{t("committee.declaration.lead")}</p>
          {view.allowed["declaration.sign"] ? (
            <DeclarationForm
              text={view.declarationText}
              offers={view.offers}
              values={refused?.values}
              errors={refused?.fieldErrors}
            />
          ) : (
            <p className="notice">{t("committee.error.closed")}</p>
          )}
        </>
      ) : (
        <>
          <p>
            {t("committee.declaration.signedAt", {
              at: view.member.declaredAt ? formatDateTime(view.member.declaredAt) : "",
            })}
          </p>
          <p>{t(view.scoresVisible ? "committee.scores.visible" : "committee.scores.hidden")}</p>
          <MemberOffersTable
            competitionId={view.competition.id}
            offers={view.offers}
            voting={view.member.voting}
            scoresVisible={view.scoresVisible}
          />
          <h2>{t("committee.dissent.heading")}</h2>
          {view.allowed["dissent.write"] ? (
            <PostForm>
              <input type="hidden" name="intent" value="dissent" />
              <Field
                name="dissent"
                label={t("committee.dissent.label")}
                hint={t("committee.dissent.hint")}
                multiline
                errors={refused?.fieldErrors}
                defaultValue={refused?.values.dissent ?? view.member.dissent}
              />
              <button type="submit">{t("committee.dissent.save")}</button>
            </PostForm>
          ) : (
            <p>{view.member.dissent || "—"}</p>
          )}
        </>
      )}
    </>
  );
}
