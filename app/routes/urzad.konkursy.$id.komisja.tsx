import { Link } from "react-router";
import { getCommitteeForOffice } from "~/domain/committee/get-committee-for-office";
import { CSRF_FIELD } from "~/platform/auth/csrf-field";
import { toWarsawLocalInput } from "~/platform/format/dates";
import { MembersTable } from "../components/committee/members-table";
import { NominationsList } from "../components/committee/nominations-list";
import { AddMemberForm, ExcludeForm, SettingsForms } from "../components/committee/office-forms";
import { Notice } from "../components/organizations/form-parts";
import { committeeNoticeOf } from "../lib/committee/committee-route.server";
import { runOfficeCommitteeAction } from "../lib/committee/office-actions.server";
import {
  competitionDeps,
  orCompetitionErrorPage,
  requireCompetitionOffice,
} from "../lib/competitions/competitions-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/urzad.konkursy.$id.komisja";

/**
 * GET /urzad/konkursy/:id/komisja — the competition's committee for its department's office
 * (art. 15 ust. 2a–2f UDPP): members with their declarations and exclusions, the nomination call
 * and candidates, how it works; a warning when a member is named among an applicant's representatives.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const staffRoles = requireCompetitionOffice(context, request);
  const { db, tenantId } = competitionDeps(context);
  const view = await orCompetitionErrorPage(
    context,
    getCommitteeForOffice({ db, tenantId, staffRoles, competitionId: params.id }),
    params.id,
  );
  return { view, notice: committeeNoticeOf(request) };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const staffRoles = requireCompetitionOffice(context, request);
  // The committee's page first: another department's post is refused before it is read.
  const { db, tenantId } = competitionDeps(context);
  await orCompetitionErrorPage(
    context,
    getCommitteeForOffice({ db, tenantId, staffRoles, competitionId: params.id }),
    params.id,
  );
  const form = await request.formData();
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries())
    if (typeof value === "string" && key !== CSRF_FIELD) values[key] = value;
  return runOfficeCommitteeAction(context, params.id, values);
}

export default function OfficeCommittee({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { view, notice } = loaderData;
  const refused = actionData && "ok" in actionData && !actionData.ok ? actionData : null;
  const intent = refused?.values.intent;
  const errorsFor = (name: string) => (intent === name ? refused?.fieldErrors : undefined);
  const offerLabels = Object.fromEntries(
    view.offers.map((o) => [o.id, `${o.receiptNumber} — ${o.organizationName}`]),
  );
  const title = t("committee.office.title", { title: view.competition.title });
  const ngoMembers = view.members.filter((m) => m.kind === "ngo").length;
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <p>
        <Link to={`/urzad/konkursy/${view.competition.id}`}>{t("committee.office.back")}</Link>
      </p>
      <Notice messageKey={notice} />
      {refused && !Object.keys(refused.fieldErrors).length ? (
        <Notice messageKey={refused.messageKey} kind="error" />
      ) : null}
      {view.warnings.length > 0 ? (
        <div className="notice notice--warning" role="status">
          <h2>{t("committee.office.warnings")}</h2>
          <ul>
            {view.warnings.map((w) => (
              <li key={`${w.memberId}-${w.organizationName}`}>
                {t("committee.office.warning", {
                  name: w.memberName,
                  organization: w.organizationName,
                  function: w.function,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <MembersTable members={view.members} offerLabels={offerLabels} canRun={view.canRun} />
      <p>
        {view.committee.withoutNgoReason
          ? t("committee.office.withoutNgoRecorded", { reason: view.committee.withoutNgoReason })
          : t("committee.office.ngoCount", { count: ngoMembers })}
      </p>
      {view.canRun ? (
        <>
          <h2>{t("committee.office.addHeading")}</h2>
          {/* Keyed by the members' count: a new empty form after each addition (the chair box unticked). */}
          <AddMemberForm
            key={view.members.length}
            values={intent === "add" ? refused?.values : undefined}
            errors={errorsFor("add")}
          />
          <h2>{t("committee.office.excludeHeading")}</h2>
          <ExcludeForm
            members={view.members}
            offers={view.offers.map((o) => ({ id: o.id, label: offerLabels[o.id] ?? o.id }))}
            values={intent === "exclude" ? refused?.values : undefined}
            errors={errorsFor("exclude")}
          />
          <h2>{t("committee.office.settingsHeading")}</h2>
          <SettingsForms
            hideScores={view.committee.hideScoresUntilComplete}
            withoutNgoReason={view.committee.withoutNgoReason}
            nominationDeadline={
              view.committee.nominationDeadline
                ? toWarsawLocalInput(new Date(view.committee.nominationDeadline))
                : ""
            }
            values={refused?.values}
            errors={refused?.fieldErrors}
            intent={intent}
          />
        </>
      ) : null}
      <h2>{t("committee.office.nominationsHeading")}</h2>
      <NominationsList nominations={view.nominations} canRun={view.canRun} errors={errorsFor("decide")} />
    </>
  );
}
