import { data, type RouterContextProvider } from "react-router";
import type { UploadedImage } from "~/domain/news/news-image.server";
import type { StaffRoleName } from "~/domain/news/policy";
import { NEWS_IMAGE_MAX_BYTES } from "~/domain/news/rules";
import { CSRF_FIELD } from "~/platform/auth/csrf-field";
import { declaredLength, readBodyWithLimit } from "~/platform/files/multipart.server";
import { servicesContext, tenantContext, viewerContext } from "../contexts";
import { actorOf, requireStaff } from "../guards.server";
import { type ActionFailure, orRefusalPage, redirectWithNotice } from "../http.server";

/*
 * Server helpers shared by the news and contact routes: the use cases' common options, the
 * moderators' guard, reading an uploaded picture, notices after a redirect, error pages.
 */

type Context = Readonly<RouterContextProvider>;

/** Database, tenant, actor, clock and the app's address, as the news and contact use cases take them. */
export function newsDeps(context: Context) {
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

/** The viewer's staff roles (second factor passed), as the news policy takes them. */
export function staffRolesOf(context: Context): StaffRoleName[] {
  return context.get(viewerContext).staffRoles.map((r) => r.role);
}

/** The coordinator or an administrator (the moderators and inbox keepers); others get the 403 page. */
export function requireModerator(context: Context, request: Request): StaffRoleName[] {
  requireStaff(context, request, ["admin", "coordinator"]);
  return staffRolesOf(context);
}

/** The largest body a news form may send: the picture's limit and 1 MB of slack for the texts. */
const MAX_NEWS_BODY = NEWS_IMAGE_MAX_BYTES + 1024 * 1024;

/**
 * The news form's fields, or null when the body is too large: a declared Content-Length above
 * the cap is refused before anything is read, a body without one is read only up to the cap
 * (ADR 009: limits before buffering).
 */
export async function readNewsForm(request: Request): Promise<FormData | null> {
  const declared = declaredLength(request);
  if (declared !== null && declared > MAX_NEWS_BODY) return null;
  const body = await readBodyWithLimit(request, MAX_NEWS_BODY);
  if (!body) return null;
  const type = request.headers.get("content-type") ?? "application/x-www-form-urlencoded";
  return new Response(body, { headers: { "content-type": type } }).formData();
}

/** The refusal of an oversized upload, with the typed texts lost (they never arrived whole). */
export function uploadTooLargeFailure() {
  const body: ActionFailure = {
    ok: false,
    messageKey: "error.validation",
    fieldErrors: { image: ["news.error.imageTooLarge"] },
    values: {},
  };
  return data(body, { status: 413 });
}

/** The chosen picture of a form, or null when none was chosen. */
export async function uploadedImage(form: FormData, field = "image"): Promise<UploadedImage | null> {
  const file = form.get(field);
  if (!file || typeof file === "string" || file.size === 0) return null;
  return { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name };
}

/** The typed text fields of a form (files and the CSRF token left out), to give back on refusal. */
export function typedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries())
    if (typeof value === "string" && key !== CSRF_FIELD) values[key] = value;
  return values;
}

const NOTICES = [
  "submitted",
  "approved",
  "rejected",
  "edited",
  "published",
  "archived",
  "sent",
  "handled",
] as const;
export type NewsNotice = (typeof NOTICES)[number];

/** Success messages a page may show after a redirect (?komunikat=…); anything else is ignored. */
export function noticeOf(request: Request, prefix: "news" | "contact"): string | null {
  const name = new URL(request.url).searchParams.get("komunikat");
  return NOTICES.includes(name as NewsNotice) ? `${prefix}.notice.${name}` : null;
}

export function withNotice(path: string, notice: NewsNotice) {
  return redirectWithNotice(path, notice);
}

/** For loaders: an AppError becomes its error page (a NOT_FOUND audited, see refusalPage). */
export function orNewsErrorPage<T>(context: Context, promise: Promise<T>, id: unknown): Promise<T> {
  return orRefusalPage(context, promise, { type: "news", id });
}
