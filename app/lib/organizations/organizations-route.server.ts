import { data, type RouterContextProvider } from "react-router";
import { getOrganizationForMember } from "~/domain/organizations/get-organization-for-member";
import { getOrganizationForStaff } from "~/domain/organizations/get-organization-for-staff";
import type { OrganizationAction, StaffRoleName } from "~/domain/organizations/policy";
import { isAppError } from "~/platform/errors/app-error";
import { servicesContext, tenantContext, viewerContext } from "../contexts";
import { actorOf, requireStaff, requireUser } from "../guards.server";
import { appErrorResponse, redirectWithNotice, refusalPage } from "../http.server";

/*
 * Server helpers shared by the NGO base's route modules: who asks, which organisation, and how a
 * refusal becomes a 403/404 page with an audit line. They belong with app/lib/guards.server.ts.
 */

type Context = Readonly<RouterContextProvider>;

/** Database, tenant, actor, clock and the app's address, as the organisation use cases take them. */
export function orgDeps(context: Context) {
  const { db, clock, env } = context.get(servicesContext);
  return { db, clock, appUrl: env.APP_URL, tenantId: context.get(tenantContext).id, actor: actorOf(context) };
}

/** A logged-in person (who has passed the second factor if their account needs one, see requireUser). */
export function requireMember(context: Context, request: Request) {
  return requireUser(context, request).user;
}

/** Staff of this tenant allowed into the back office (every staff role may read it). */
export function requireOffice(context: Context, request: Request) {
  requireStaff(context, request, ["admin", "coordinator", "officer"]);
  return staffRolesOf(context);
}

export function staffRolesOf(context: Context): StaffRoleName[] {
  return context.get(viewerContext).staffRoles.map((r) => r.role);
}

/** Turns a refusal into its page (a NOT_FOUND audited, see refusalPage). */
export function refusal(context: Context, error: unknown, entityId: unknown): Promise<never> {
  return refusalPage(context, error, { type: "organization", id: entityId });
}

/** The organisation of the URL for one of its members, or the 403/404 page. */
export async function memberOrganization(
  context: Context,
  request: Request,
  organizationId: string | undefined,
  action?: OrganizationAction,
) {
  const user = requireMember(context, request);
  const { db, tenantId } = orgDeps(context);
  try {
    return {
      user,
      ...(await getOrganizationForMember({ db, tenantId, userId: user.id, organizationId, action })),
    };
  } catch (error) {
    return refusal(context, error, organizationId);
  }
}

/** The organisation of the URL for the back office, or the 403/404 page. */
export async function staffOrganization(
  context: Context,
  request: Request,
  organizationId: string | undefined,
) {
  const staffRoles = requireOffice(context, request);
  const { db, tenantId } = orgDeps(context);
  try {
    return { staffRoles, ...(await getOrganizationForStaff({ db, tenantId, staffRoles, organizationId })) };
  } catch (error) {
    return refusal(context, error, organizationId);
  }
}

/** Success messages a page may show after a redirect (?komunikat=…); anything else is ignored. */
const NOTICES = [
  "registered",
  "joinRequested",
  "saved",
  "savedResubmitted",
  "nothingChanged",
  "invited",
  "roleChanged",
  "removed",
  "left",
  "requestAccepted",
  "requestRejected",
  "joined",
  "verified",
  "rejected",
] as const;
export type NoticeName = (typeof NOTICES)[number];

export function noticeOf(request: Request): string | null {
  const name = new URL(request.url).searchParams.get("komunikat");
  return NOTICES.includes(name as NoticeName) ? `org.notice.${name}` : null;
}

export function withNotice(path: string, notice: NoticeName) {
  return redirectWithNotice(path, notice);
}

/** A refused form, with the existing organisation when the refusal is a duplicate registration. */
export function formRefusal(error: unknown, values: Record<string, string>) {
  if (
    isAppError(error) &&
    error.code === "CONFLICT" &&
    typeof error.details.existingOrganizationId === "string"
  ) {
    return data(
      {
        ok: false as const,
        messageKey: error.messageKey,
        fieldErrors: error.fieldErrors,
        values,
        duplicate: {
          id: error.details.existingOrganizationId,
          name: String(error.details.existingOrganizationName ?? ""),
        },
      },
      { status: 409 },
    );
  }
  if (isAppError(error)) return appErrorResponse(error, values);
  throw error;
}

/** For loaders: an AppError becomes its error page (404, 403, 410…) instead of a 500. */
export async function orErrorPage<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isAppError(error)) throw data({ messageKey: error.messageKey }, { status: error.status });
    throw error;
  }
}
