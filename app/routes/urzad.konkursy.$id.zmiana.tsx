import { Link, redirect } from "react-router";
import { amendCompetition } from "~/domain/competitions/amend-competition";
import { getCompetitionForOffice } from "~/domain/competitions/get-competition-for-office";
import { AmendmentSchema } from "~/domain/competitions/schemas";
import { toWarsawLocalInput } from "~/platform/format/dates";
import { AmendmentForm } from "../components/competitions/amendment-form";
import { Notice } from "../components/organizations/form-parts";
import {
  competitionDeps,
  orCompetitionErrorPage,
  requireCompetitionOffice,
  runCompetitionAction,
  withNotice,
} from "../lib/competitions/competitions-route.server";
import { parseForm } from "../lib/form.server";
import { formFailure } from "../lib/http.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.konkursy.$id.zmiana";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, tenantId } = competitionDeps(context);
  const found = await orCompetitionErrorPage(
    context,
    getCompetitionForOffice({ db, tenantId, staffRoles, competitionId: params.id }),
    params.id,
  );
  if (!found.allowed.amend) throw redirect(`/urzad/konkursy/${params.id}`);
  const c = found.competition;
  return {
    id: c.id,
    title: c.title,
    version: found.version,
    values: {
      offerDeadline: c.offerDeadline ? toWarsawLocalInput(c.offerDeadline) : "",
      selectionDate: c.selectionDate ?? "",
      taskDescription: c.taskDescription,
      awardRules: c.awardRules,
      taskConditions: c.taskConditions,
      selectionProcedure: c.selectionProcedure,
    } as Record<string, string>,
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
  const parsed = await parseForm(request, AmendmentSchema);
  if (!parsed.ok) return formFailure(parsed.fieldErrors, parsed.values);
  return runCompetitionAction(async () => {
    await amendCompetition({ ...competitionDeps(context), competitionId: params.id, amendment: parsed.data });
    return withNotice(`/urzad/konkursy/${params.id}`, "amended");
  }, parsed.values);
}

export default function AmendCompetition({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const refused = actionData && !actionData.ok ? actionData : null;
  const title = t("competition.amend.title", { title: loaderData.title });
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        <Link to={`/urzad/konkursy/${loaderData.id}`}>{t("competition.amend.back")}</Link>
      </p>
      <p className="lead">{t("competition.amend.lead")}</p>
      {refused && !Object.keys(refused.fieldErrors).length ? (
        <Notice messageKey={refused.messageKey} kind="error" />
      ) : null}
      <AmendmentForm
        values={refused?.values ?? loaderData.values}
        errors={refused?.fieldErrors}
        version={Number(refused?.values.version) || loaderData.version}
      />
    </>
  );
}
