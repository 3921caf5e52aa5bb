import { type RouterContextProvider, redirect } from "react-router";
import { changeMemberRole } from "~/domain/organizations/change-member-role";
import { decideJoinRequest } from "~/domain/organizations/decide-join-request";
import { inviteMember } from "~/domain/organizations/invite-member";
import { removeMember } from "~/domain/organizations/remove-member";
import {
  ChangeMemberRoleSchema,
  DecideJoinRequestSchema,
  InviteMemberSchema,
} from "~/domain/organizations/schemas";
import { z } from "~/platform/validation/zod-messages";
import { preferencesContext } from "../contexts";
import { validateForm } from "../form.server";
import { formFailure, runAction } from "../http.server";
import { orgDeps, withNotice } from "./organizations-route.server";

const RemoveSchema = z.object({ userId: z.uuid() });

/**
 * The members' page posts one of four forms, told apart by `intent`. Each is parsed with its
 * schema and runs one use case; refusals come back to the form that was sent.
 */
export async function membersAction(
  context: Readonly<RouterContextProvider>,
  request: Request,
  organizationId: string,
  actorId: string,
) {
  const form = await request.formData();
  const intent = form.get("intent");
  const deps = { ...orgDeps(context), organizationId };
  const back = `/panel/organizacje/${organizationId}/czlonkowie`;
  if (intent === "invite") {
    const parsed = validateForm(form, InviteMemberSchema);
    if (!parsed.ok) return formFailure(parsed.fieldErrors, parsed.values);
    const locale = context.get(preferencesContext).locale;
    return runAction(async () => {
      await inviteMember({ ...deps, ...parsed.data, locale });
      return withNotice(back, "invited");
    }, parsed.values);
  }
  if (intent === "changeRole") {
    const parsed = validateForm(form, ChangeMemberRoleSchema);
    if (!parsed.ok) return formFailure(parsed.fieldErrors, parsed.values);
    return runAction(async () => {
      await changeMemberRole({ ...deps, ...parsed.data });
      return withNotice(back, "roleChanged");
    }, parsed.values);
  }
  if (intent === "remove") {
    const parsed = validateForm(form, RemoveSchema);
    if (!parsed.ok) return formFailure(parsed.fieldErrors, parsed.values);
    return runAction(async () => {
      await removeMember({ ...deps, userId: parsed.data.userId });
      return parsed.data.userId === actorId ? redirect("/panel?komunikat=left") : withNotice(back, "removed");
    }, parsed.values);
  }
  if (intent === "decide") {
    const parsed = validateForm(form, DecideJoinRequestSchema);
    if (!parsed.ok) return formFailure(parsed.fieldErrors, parsed.values);
    return runAction(async () => {
      await decideJoinRequest({ ...deps, ...parsed.data });
      return withNotice(back, parsed.data.decision === "accept" ? "requestAccepted" : "requestRejected");
    }, parsed.values);
  }
  return formFailure({}, {});
}
