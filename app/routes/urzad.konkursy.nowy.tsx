import { data } from "react-router";
import { createCompetitionDraft } from "~/domain/competitions/create-competition-draft";
import { deadlineShiftWarning } from "~/domain/competitions/schemas";
import { CompetitionForm } from "../components/competitions/competition-form";
import { newDraftValues } from "../components/competitions/form-values";
import { Notice } from "../components/organizations/form-parts";
import {
  competitionDeps,
  requireCompetitionOffice,
  runCompetitionAction,
  withNotice,
} from "../lib/competitions/competitions-route.server";
import { draftFormOptions, readDraftForm } from "../lib/competitions/draft-form.server";
import { formFailure } from "../lib/http.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.konkursy.nowy";

export async function loader({ request, context }: Route.LoaderArgs) {
  requireCompetitionOffice(context, request);
  const options = await draftFormOptions(context);
  if (options.departments.length === 0) throw data({ messageKey: "error.forbidden" }, { status: 403 });
  return {
    options,
    values: newDraftValues({
      departmentId: options.departments[0]?.id,
      legalBasisId: options.legalBases[0]?.id,
    }),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  requireCompetitionOffice(context, request);
  const read = await readDraftForm(request);
  if ("answer" in read) return read.answer;
  const { result } = read;
  if (!result.ok) return formFailure(result.fieldErrors, result.values);
  return runCompetitionAction(async () => {
    const { competitionId } = await createCompetitionDraft({
      ...competitionDeps(context),
      draft: result.data,
    });
    // A deadline moved by a DST change: back to the form, where the warning says what was stored.
    const typed = result.values.offerDeadline;
    if (deadlineShiftWarning(typed))
      return withNotice(
        `/urzad/konkursy/${competitionId}/edytuj?termin=${encodeURIComponent(typed ?? "")}`,
        "created",
      );
    return withNotice(`/urzad/konkursy/${competitionId}`, "created");
  }, result.values);
}

export default function NewCompetition({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const answer = actionData && "values" in actionData ? actionData : null;
  return (
    <>
      <title>{`${t("competition.new.title")} — ${tenant.name}`}</title>
      <h1>{t("competition.new.title")}</h1>
      <p className="lead">{t("competition.new.lead")}</p>
      {answer?.messageKey && !Object.keys(answer.fieldErrors).length ? (
        <Notice messageKey={answer.messageKey} kind="error" />
      ) : null}
      <CompetitionForm
        values={answer?.values ?? loaderData.values}
        errors={answer?.fieldErrors}
        options={loaderData.options}
        focusGroup={answer && "focusGroup" in answer ? answer.focusGroup : undefined}
        submitLabel={t("competition.new.submit")}
      />
    </>
  );
}
