import type { RouterContextProvider } from "react-router";
import type { StaffRoleName } from "~/domain/competitions/policy";
import { isAppError } from "~/platform/errors/app-error";
import { servicesContext, tenantContext, viewerContext } from "../contexts";
import { actorOf, requireStaff } from "../guards.server";
import { appErrorResponse, orRefusalPage, redirectWithNotice } from "../http.server";

/*
 * Server helpers shared by the competitions' route modules: who asks, the use cases' common
 * options, and how a refusal becomes its page (404 audited here, 403 audited by the root middleware).
 */

type Context = Readonly<RouterContextProvider>;

/** The staff roles of the viewer (second factor passed) with their departments, as the policy takes them. */
export function staffRolesOf(context: Context): { role: StaffRoleName; departmentId: string | null }[] {
  return context.get(viewerContext).staffRoles.map((r) => ({ role: r.role, departmentId: r.departmentId }));
}

/** Staff of this tenant allowed into the competitions' back office (officers see their departments only). */
export function requireCompetitionOffice(context: Context, request: Request) {
  requireStaff(context, request, ["admin", "coordinator", "officer"]);
  return staffRolesOf(context);
}

/** Database, tenant, actor, clock and the app's address, as the competition use cases take them. */
export function competitionDeps(context: Context) {
  const { db, clock, env } = context.get(servicesContext);
  const tenant = context.get(tenantContext);
  return {
    db,
    clock,
    appUrl: env.APP_URL,
    tenantId: tenant.id,
    tenantName: tenant.name,
    actor: actorOf(context),
    staffRoles: staffRolesOf(context),
  };
}

/** For loaders: an AppError becomes its error page (a NOT_FOUND audited, see refusalPage). */
export function orCompetitionErrorPage<T>(context: Context, promise: Promise<T>, id: unknown): Promise<T> {
  return orRefusalPage(context, promise, { type: "competition", id });
}

/** Runs a use case from an action: validation and conflicts go back to the form; the rest to their page. */
export async function runCompetitionAction<T>(fn: () => Promise<T>, values: Record<string, string> = {}) {
  try {
    return await fn();
  } catch (error) {
    if (isAppError(error)) return appErrorResponse(error, values);
    throw error;
  }
}

/** Success messages a page may show after a redirect (?komunikat=…); anything else is ignored. */
const NOTICES = [
  "created",
  "saved",
  "nothingChanged",
  "published",
  "amended",
  "cancelled",
  "copied",
  "evaluationStarted",
] as const;
export type CompetitionNotice = (typeof NOTICES)[number];

export function noticeOf(request: Request): string | null {
  const name = new URL(request.url).searchParams.get("komunikat");
  return NOTICES.includes(name as CompetitionNotice) ? `competition.notice.${name}` : null;
}

export function withNotice(path: string, notice: CompetitionNotice) {
  return redirectWithNotice(path, notice);
}
