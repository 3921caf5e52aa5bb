import { data, type RouterContextProvider, redirect } from "react-router";
import { type Actor, requestActor } from "~/platform/audit/write-audit.server";
import type { StaffRole } from "~/platform/auth/session.server";
import { requestInfoContext, type Viewer, viewerContext } from "./contexts";

/**
 * A logged-in person or a redirect to the login page that comes back here afterwards. A staff
 * member who typed the password but not yet the second factor finishes that step first.
 */
export function requireUser(context: Readonly<RouterContextProvider>, request: Request) {
  const viewer = context.get(viewerContext);
  const url = new URL(request.url);
  const here = encodeURIComponent(url.pathname + url.search);
  if (!viewer.user || !viewer.session) throw redirect(`/logowanie?returnTo=${here}`);
  if (viewer.pendingSecondFactor) {
    const step = viewer.user.totpEnabled ? "/logowanie/2fa" : "/logowanie/2fa/konfiguracja";
    throw redirect(`${step}?returnTo=${here}`);
  }
  return { viewer, user: viewer.user, session: viewer.session };
}

/**
 * A staff member holding one of the roles in this tenant, with the second factor passed.
 * A staff member who has not passed it yet is sent to the second step of logging in.
 */
export function requireStaff(context: Readonly<RouterContextProvider>, request: Request, roles: StaffRole[]) {
  const { viewer, user } = requireUser(context, request);
  const held = viewer.staffRoles.filter((r) => roles.includes(r.role));
  if (held.length === 0) throw data({ messageKey: "error.forbidden" }, { status: 403 });
  return { viewer, user, roles: held };
}

/** The actor for audit entries of this request. */
export function actorOf(context: Readonly<RouterContextProvider>): Actor {
  const viewer: Viewer = context.get(viewerContext);
  return requestActor(viewer.user, context.get(requestInfoContext).ip);
}
