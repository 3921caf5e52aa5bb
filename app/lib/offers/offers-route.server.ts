import { data, type RouterContextProvider, redirect } from "react-router";
import { assertOfferorMember } from "~/domain/offers/access";
import { getOfferWorkspace } from "~/domain/offers/get-offer-workspace";
import { isAppError } from "~/platform/errors/app-error";
import { servicesContext, tenantContext, viewerContext } from "../contexts";
import { actorOf, requireUser } from "../guards.server";
import { orRefusalPage, refusalPage } from "../http.server";
import type { OfferActionFailure } from "./answers";

/*
 * Server helpers shared by the offers' route modules (the NGO side): the use cases' common
 * options, the offer of the URL for one of its offerors' members, and how a refusal becomes its
 * page (404 audited here, 403 audited by the root middleware).
 */

type Context = Readonly<RouterContextProvider>;

/** Database, tenant, actor, clock and the app's address, as the offer use cases take them. */
export function offerDeps(context: Context) {
  const { db, clock, env } = context.get(servicesContext);
  const tenant = context.get(tenantContext);
  return {
    db,
    clock,
    appUrl: env.APP_URL,
    tenantId: tenant.id,
    tenantName: tenant.name,
    actor: actorOf(context),
  };
}

/** The staff roles of the viewer (second factor passed), for the version PDF the office may read too. */
export function staffRolesOf(context: Context) {
  return context.get(viewerContext).staffRoles.map((r) => ({ role: r.role, departmentId: r.departmentId }));
}

/** Turns a refusal into its page (a NOT_FOUND audited, see refusalPage). */
export function offerRefusal(context: Context, error: unknown, offerId: unknown): Promise<never> {
  return refusalPage(context, error, { type: "offer", id: offerId });
}

/** For loaders: the promise's value, or the 403/404 page (a 404 audited) when it is refused. */
export function orOfferErrorPage<T>(context: Context, promise: Promise<T>, offerId: unknown): Promise<T> {
  return orRefusalPage(context, promise, { type: "offer", id: offerId });
}

/** The offer of the URL as its workspace, for a member of one of its offerors, or the 403/404 page. */
export async function loadWorkspace(context: Context, request: Request, offerId: string | undefined) {
  const { user } = requireUser(context, request);
  const { db, clock, tenantId } = offerDeps(context);
  const workspace = await orOfferErrorPage(
    context,
    getOfferWorkspace({ db, tenantId, userId: user.id, clock, offerId }),
    offerId,
  );
  return { user, workspace };
}

/**
 * For the organisation-side actions on an offer: the person is logged in and a member of one of
 * its offerors, or the 403/404 page — checked before the form is read, so a stranger's post is
 * refused as the page is, not answered with the form's field errors.
 */
export async function requireOfferMember(context: Context, request: Request, offerId: string | undefined) {
  const { user } = requireUser(context, request);
  const { db, tenantId } = offerDeps(context);
  await orOfferErrorPage(context, assertOfferorMember(db, tenantId, offerId, user.id), offerId);
  return user;
}

function plainDetails(details: Record<string, unknown>): OfferActionFailure["details"] {
  const out: OfferActionFailure["details"] = {};
  for (const [key, value] of Object.entries(details)) {
    if (value instanceof Date) out[key] = value.toISOString();
    else if (typeof value === "string" || typeof value === "number" || value === null) out[key] = value;
  }
  return out;
}

/** A refusal as the action's answer (422/409/429), or the 403/404 page; anything else is rethrown. */
export async function offerActionRefusal(
  context: Context,
  offerId: unknown,
  error: unknown,
  values: Record<string, string> = {},
) {
  if (isAppError(error) && ["VALIDATION", "CONFLICT", "RATE_LIMITED"].includes(error.code)) {
    const body: OfferActionFailure = {
      ok: false,
      code: error.code,
      messageKey: error.messageKey,
      fieldErrors: error.fieldErrors,
      values,
      details: plainDetails(error.details),
    };
    return data(body, { status: error.status });
  }
  return offerRefusal(context, error, offerId);
}

/**
 * Runs a use case from an action: validation and conflicts go back to the page with what was
 * typed (and the error's details, e.g. who changed the section meanwhile); 403/404 to their page.
 */
export async function runOfferAction<T>(
  context: Context,
  offerId: unknown,
  fn: () => Promise<T>,
  values: Record<string, string> = {},
) {
  try {
    return await fn();
  } catch (error) {
    return offerActionRefusal(context, offerId, error, values);
  }
}

/** Success messages a page may show after a redirect (?komunikat=…); anything else is ignored. */
const NOTICES = [
  "started",
  "saved",
  "submitted",
  "alreadySubmitted",
  "withdrawn",
  "partnerAdded",
  "partnerRemoved",
] as const;
export type OfferNotice = (typeof NOTICES)[number];

export function offerNoticeOf(request: Request): OfferNotice | null {
  const name = new URL(request.url).searchParams.get("komunikat");
  return NOTICES.includes(name as OfferNotice) ? (name as OfferNotice) : null;
}

/** Where to go after a successful action, with its message (and extra query, e.g. the version submitted). */
export function withOfferNotice(path: string, notice: OfferNotice, extra: Record<string, string> = {}) {
  const query = new URLSearchParams({ komunikat: notice, ...extra });
  return redirect(`${path}?${query.toString()}`);
}
