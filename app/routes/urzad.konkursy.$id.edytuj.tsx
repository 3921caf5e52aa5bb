import { redirect } from "react-router";
import { getCompetitionForOffice } from "~/domain/competitions/get-competition-for-office";
import { deadlineShiftWarning } from "~/domain/competitions/schemas";
import { updateCompetitionDraft } from "~/domain/competitions/update-competition-draft";
import { warsawLocalToInstant } from "~/platform/format/dates";
import { CompetitionForm } from "../components/competitions/competition-form";
import { draftToFormValues } from "../components/competitions/form-values";
import { Notice } from "../components/organizations/form-parts";
import {
  competitionDeps,
  noticeOf,
  orCompetitionErrorPage,
  requireCompetitionOffice,
  runCompetitionAction,
  withNotice,
} from "../lib/competitions/competitions-route.server";
import { draftFormOptions, readDraftForm } from "../lib/competitions/draft-form.server";
import { formFailure } from "../lib/http.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.konkursy.$id.edytuj";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, tenantId } = competitionDeps(context);
  const found = await orCompetitionErrorPage(
    context,
    getCompetitionForOffice({ db, tenantId, staffRoles, competitionId: params.id }),
    params.id,
  );
  if (!found.allowed["draft.edit"]) throw redirect(`/urzad/konkursy/${params.id}`);
  // After a save that moved a deadline typed at a DST change (?termin=what was typed): the warning
  // is shown only while the stored deadline is still the instant that text stands for.
  const typed = new URL(request.url).searchParams.get("termin");
  const stored = found.draft.offerDeadline?.getTime();
  const deadlineTyped =
    typed && deadlineShiftWarning(typed) && warsawLocalToInstant(typed)?.getTime() === stored ? typed : null;
  return {
    notice: noticeOf(request),
    deadlineTyped,
    id: params.id,
    title: found.competition.title,
    version: found.version,
    values: draftToFormValues(found.draft),
    options: await draftFormOptions(context),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const staffRoles = requireCompetitionOffice(context, request);
  // The department's competition first: another department's post is refused before it is read.
  const { db, tenantId } = competitionDeps(context);
  await orCompetitionErrorPage(
    context,
    getCompetitionForOffice({ db, tenantId, staffRoles, competitionId: params.id }),
    params.id,
  );
  const read = await readDraftForm(request);
  if ("answer" in read) return read.answer;
  const { result, version } = read;
  if (!result.ok) return formFailure(result.fieldErrors, result.values);
  return runCompetitionAction(async () => {
    const saved = await updateCompetitionDraft({
      ...competitionDeps(context),
      competitionId: params.id,
      version,
      draft: result.data,
    });
    const notice = saved.changed.length ? "saved" : "nothingChanged";
    // A deadline moved by a DST change: the form again, with the warning saying what was stored.
    const typed = result.values.offerDeadline;
    if (deadlineShiftWarning(typed))
      return withNotice(
        `/urzad/konkursy/${params.id}/edytuj?termin=${encodeURIComponent(typed ?? "")}`,
        notice,
      );
    return withNotice(`/urzad/konkursy/${params.id}`, notice);
  }, result.values);
}

export default function EditCompetition({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const answer = actionData && "values" in actionData ? actionData : null;
  const title = t("competition.edit.title", { title: loaderData.title });
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      {loaderData.notice && !answer ? <Notice messageKey={loaderData.notice} kind="success" /> : null}
      {answer?.messageKey && !Object.keys(answer.fieldErrors).length ? (
        <Notice messageKey={answer.messageKey} kind="error" />
      ) : null}
      {answer?.messageKey === "competition.error.changedMeanwhile" ? (
        <p>
          <a href={`/urzad/konkursy/${loaderData.id}`}>{t("competition.edit.seeCurrent")}</a>
        </p>
      ) : null}
      <CompetitionForm
        values={answer?.values ?? loaderData.values}
        errors={answer?.fieldErrors}
        options={loaderData.options}
        // After a refusal the version posted is kept: a conflicting save cannot be repeated blindly.
        version={Number(answer?.values.version) || loaderData.version}
        focusGroup={answer && "focusGroup" in answer ? answer.focusGroup : undefined}
        submitLabel={t("competition.edit.submit")}
        deadlineTyped={answer ? null : loaderData.deadlineTyped}
      />
    </>
  );
}
