import { listMembers } from "~/domain/organizations/list-members";
import { Notice } from "../components/organizations/form-parts";
import { InvitationsList, InviteForm } from "../components/organizations/invitations";
import { JoinRequests } from "../components/organizations/join-requests";
import { MembersTable } from "../components/organizations/members-table";
import { WorkspaceNav } from "../components/organizations/workspace-nav";
import { membersAction } from "../lib/organizations/members-actions.server";
import { memberOrganization, noticeOf, orgDeps } from "../lib/organizations/organizations-route.server";
import { useShell, useT } from "../lib/shell";
import type { Route } from "./+types/panel.organizacje.$id.czlonkowie";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { organization, allowed, user } = await memberOrganization(context, request, params.id);
  const { db, clock } = orgDeps(context);
  const people = await listMembers({ db, clock, organizationId: organization.id });
  return {
    organization: { id: organization.id, name: organization.name },
    allowed,
    currentUserId: user.id,
    members: people.members,
    invitations: allowed.manageMembers ? people.invitations : [],
    joinRequests: allowed.manageMembers ? people.joinRequests : [],
    notice: noticeOf(request),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const { organization, user } = await memberOrganization(context, request, params.id);
  return membersAction(context, request, organization.id, user.id);
}

export default function OrganizationMembers({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { tenant } = useShell();
  const { organization, allowed } = loaderData;
  const title = t("org.members.title", { name: organization.name });
  const refused = actionData && "ok" in actionData && !actionData.ok ? actionData : null;
  const inviteRefused = refused?.values.intent === "invite" ? refused : null;
  return (
    <>
      <title>{`${title} — ${tenant.name}`}</title>
      <h1>{title}</h1>
      <WorkspaceNav id={organization.id} canEdit={allowed.edit} />
      <Notice messageKey={loaderData.notice} />
      {refused && !inviteRefused ? <Notice messageKey={refused.messageKey} kind="error" /> : null}
      <h2>{t("org.members.current")}</h2>
      <p>{t("org.members.rolesExplained")}</p>
      <MembersTable
        members={loaderData.members}
        currentUserId={loaderData.currentUserId}
        canManage={allowed.manageMembers}
      />
      {allowed.manageMembers ? (
        <>
          <h2>{t("org.members.requests")}</h2>
          <JoinRequests requests={loaderData.joinRequests} />
          <h2>{t("org.members.invitations")}</h2>
          <InvitationsList invitations={loaderData.invitations} />
          <h2 id="invite-title">{t("org.members.invite")}</h2>
          {inviteRefused && !Object.keys(inviteRefused.fieldErrors).length ? (
            <Notice messageKey={inviteRefused.messageKey} kind="error" />
          ) : null}
          <InviteForm errors={inviteRefused?.fieldErrors} values={inviteRefused?.values} />
        </>
      ) : null}
    </>
  );
}
