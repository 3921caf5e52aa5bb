import type { ApiError, QueryIssue } from "~/domain/portal/api-schemas";
import { translator } from "../i18n/catalog";
import { translateError } from "./shell";

/**
 * HTTP of the open-data API (/api/v1) for every endpoint: JSON, open to every origin (CORS *),
 * cacheable for a minute, errors as JSON problem bodies (never an HTML page, never a 500 for bad
 * input). Messages are Polish, the language of the municipality's records. No cookie is ever set
 * here (the CSRF cookie goes on HTML pages only), so shared caches may keep the answers.
 */

const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, Content-Type",
  "Access-Control-Max-Age": "86400",
};

/** Public data changes when the office verifies or publishes something; a minute of caching is harmless. */
export const API_CACHE_CONTROL = "public, max-age=60";

const t = translator("pl");

export function apiJson(body: unknown, status = 200, extraHeaders: Record<string, string> = {}): Response {
  return Response.json(body, {
    status,
    headers: { ...CORS_HEADERS, "Cache-Control": API_CACHE_CONTROL, ...extraHeaders },
  });
}

/** 400 with the bad parameters, each with its message (i18n keys translated to Polish). */
export function apiBadRequest(issues: readonly QueryIssue[]): Response {
  const body: ApiError = {
    error: "bad_request",
    message: t("portal.api.badRequest"),
    issues: issues.map((i) => ({ parameter: i.parameter, message: translateError(t, i.messageKey) })),
  };
  return apiJson(body, 400);
}

/** 404 with the resource's own message (i18n key), e.g. "competition.api.notFound". */
export function apiNotFound(messageKey: string): Response {
  const body: ApiError = { error: "not_found", message: t(messageKey) };
  return apiJson(body, 404);
}

/** For the routes' `action`: the CORS preflight (OPTIONS) is answered, anything else is 405. */
export function apiOtherMethods({ request }: { request: Request }): Response {
  if (request.method === "OPTIONS") return new Response(null, { status: 204, headers: CORS_HEADERS });
  const body: ApiError = { error: "method_not_allowed", message: t("portal.api.methodNotAllowed") };
  return Response.json(body, { status: 405, headers: { ...CORS_HEADERS, Allow: "GET, HEAD, OPTIONS" } });
}

/** An absolute address on the host the request came to (links in the answers); "/" is the portal. */
export function absoluteUrl(request: Request, path = "/"): string {
  return new URL(path, request.url).href;
}
