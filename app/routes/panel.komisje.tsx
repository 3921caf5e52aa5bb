import { listNominationCalls } from "~/domain/committee/list-nomination-calls";
import { nominateCandidate } from "~/domain/committee/nominate-candidate";
import { NominateSchema } from "~/domain/committee/schemas";
import { formatDateTime } from "~/platform/format/dates";
import { NominationForm } from "../components/committee/nomination-form";
import { Notice } from "../components/organizations/form-parts";
import {
  committeeDeps,
  committeeNoticeOf,
  withCommitteeNotice,
} from "../lib/committee/committee-route.server";
import { parseForm } from "../lib/form.server";
import { requireUser } from "../lib/guards.server";
import { formFailure, runAction } from "../lib/http.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/panel.komisje";

/**
 * GET /panel/komisje — the open calls for committee candidates (art. 15 ust. 2a pkt 2 UDPP): an
 * owner or editor proposes a candidate on behalf of an organisation; one taking part in the
 * competition may not (art. 15 ust. 2d).
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { user } = requireUser(context, request);
  const { db, tenantId, clock } = committeeDeps(context);
  const calls = await listNominationCalls({ db, tenantId, userId: user.id, clock });
  return { ...calls, notice: committeeNoticeOf(request) };
}

export async function action({ request, context }: Route.ActionArgs) {
  requireUser(context, request);
  const parsed = await parseForm(request, NominateSchema);
  if (!parsed.ok) return formFailure(parsed.fieldErrors, parsed.values);
  return runAction(async () => {
    await nominateCandidate({ ...committeeDeps(context), input: parsed.data });
    return withCommitteeNotice("/panel/komisje", "nominated");
  }, parsed.values);
}

export default function CommitteeCalls({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const refused = actionData && "ok" in actionData && !actionData.ok ? actionData : null;
  const refusedFor = refused?.values.competitionId;
  return (
    <>
      <title>{`${t("committee.calls.title")} — ${tenant.name}`}</title>
      <h1>{t("committee.calls.title")}</h1>
      <p className="lead">{t("committee.calls.lead")}</p>
      <Notice messageKey={loaderData.notice} />
      {loaderData.calls.length === 0 ? <p className="notice">{t("committee.calls.none")}</p> : null}
      {loaderData.calls.map((call) => (
        <section key={call.id} aria-labelledby={`call-${call.id}`}>
          <h2 id={`call-${call.id}`}>{call.title}</h2>
          <p>
            {t("committee.calls.deadline", {
              at: call.nominationDeadline ? formatDateTime(call.nominationDeadline) : "",
            })}
          </p>
          {call.participating.length > 0 ? (
            <p className="notice">
              {t("committee.calls.participating", {
                names: call.participating.map((o) => o.name).join(", "),
              })}
            </p>
          ) : null}
          {call.nominations.length > 0 ? (
            <ul>
              {call.nominations.map((n) => (
                <li key={n.id}>
                  {n.candidateName} ({n.organizationName}): {t(`committee.nomination.status.${n.status}`)}
                  {n.decisionNote ? ` — ${n.decisionNote}` : ""}
                </li>
              ))}
            </ul>
          ) : null}
          {refusedFor === call.id && !Object.keys(refused?.fieldErrors ?? {}).length ? (
            <Notice messageKey={refused?.messageKey} kind="error" />
          ) : null}
          {call.organizations.length > 0 ? (
            <NominationForm
              competitionId={call.id}
              organizations={call.organizations}
              values={refusedFor === call.id ? refused?.values : undefined}
              errors={refusedFor === call.id ? refused?.fieldErrors : undefined}
            />
          ) : (
            <p>
              {t(
                loaderData.hasOrganizations
                  ? "committee.calls.noEligible"
                  : "committee.calls.noOrganizations",
              )}
            </p>
          )}
        </section>
      ))}
    </>
  );
}
