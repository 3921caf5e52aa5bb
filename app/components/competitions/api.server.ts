import type { ApiError } from "~/domain/competitions/api-schemas";
import { translator } from "../../i18n/catalog";
import { translateError } from "../../lib/shell";

/**
 * HTTP of the competitions' open-data API: JSON open to every origin (CORS *), cacheable for a
 * minute, errors as JSON with a Polish message (never an HTML page, never a 500 for bad input).
 * The same conventions as the NGO base's API (app/components/portal/api.server.ts); the two can
 * share one module once both have landed.
 */

const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, Content-Type",
  "Access-Control-Max-Age": "86400",
};

const t = translator("pl");

export function apiJson(body: unknown, status = 200): Response {
  return Response.json(body, {
    status,
    headers: { ...CORS_HEADERS, "Cache-Control": "public, max-age=60" },
  });
}

/** 400 with each bad parameter and its message. */
export function apiBadRequest(issues: { parameter: string; messageKey: string }[]): Response {
  const body: ApiError = {
    error: "bad_request",
    message: t("competition.api.badRequest"),
    issues: issues.map((i) => ({ parameter: i.parameter, message: translateError(t, i.messageKey) })),
  };
  return apiJson(body, 400);
}

export function apiNotFound(): Response {
  const body: ApiError = { error: "not_found", message: t("competition.api.notFound") };
  return apiJson(body, 404);
}

/** For the routes' `action`: the CORS preflight (OPTIONS) is answered, anything else is 405. */
export function apiOtherMethods({ request }: { request: Request }): Response {
  if (request.method === "OPTIONS") return new Response(null, { status: 204, headers: CORS_HEADERS });
  const body: ApiError = { error: "method_not_allowed", message: t("competition.api.methodNotAllowed") };
  return Response.json(body, { status: 405, headers: { ...CORS_HEADERS, Allow: "GET, HEAD, OPTIONS" } });
}

/** The portal's address as the request reached it (for links in the answers). */
export function baseUrlOf(request: Request): string {
  return new URL("/", request.url).href;
}
