import { randomUUID } from "node:crypto";
import { data, type MiddlewareFunction } from "react-router";
import { auditPath, requestActor, writeAudit } from "~/platform/audit/write-audit.server";
import { parseCookies, serializeCookie } from "~/platform/auth/cookies";
import { CSRF_COOKIE, CSRF_FIELD, csrfTokenFor, newCsrfSeed, verifyCsrf } from "~/platform/auth/csrf.server";
import { loadSession, SESSION_COOKIE } from "~/platform/auth/session.server";
import { readFirstMultipartField } from "~/platform/files/multipart.server";
import { resolveTenantCached } from "~/platform/tenancy/resolve-tenant.server";
import {
  clientIpContext,
  preferencesContext,
  requestInfoContext,
  servicesContext,
  tenantContext,
  type Viewer,
  viewerContext,
} from "./contexts";
import { PREFS_COOKIE, readPreferences } from "./preferences.server";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Runs before every loader and action: finds the tenant, the viewer and their preferences, and
 * refuses any mutation without a valid CSRF token. Refused access (403) is written to the audit log.
 */
export const rootMiddleware: MiddlewareFunction<Response> = async ({ request, context }, next) => {
  const services = context.get(servicesContext);
  const cookies = parseCookies(request.headers.get("cookie"));
  const ip = context.get(clientIpContext) || null;
  const tenant = await resolveTenantCached(
    services.db,
    request.headers.get("host"),
    services.env.DEFAULT_TENANT,
  );
  if (!tenant) throw data({ messageKey: "error.503.body" }, { status: 503 });
  context.set(tenantContext, tenant);

  const existingSeed = cookies[CSRF_COOKIE];
  const csrfSeed = existingSeed && existingSeed.length <= 64 ? existingSeed : newCsrfSeed();
  const csrfToken = csrfTokenFor(services.signingSecret, csrfSeed);
  context.set(requestInfoContext, {
    requestId: randomUUID(),
    ip,
    userAgent: request.headers.get("user-agent"),
    csrfSeed,
    csrfToken,
  });
  context.set(
    preferencesContext,
    readPreferences(cookies[PREFS_COOKIE], request.headers.get("accept-language")),
  );

  const sessionToken = cookies[SESSION_COOKIE] ?? null;
  const session = sessionToken
    ? await loadSession(services.db, sessionToken, tenant.id, services.clock.now())
    : null;
  const hasStaffRoles = (session?.staffRoles.length ?? 0) > 0;
  const secondFactorPassed = session?.secondFactorAt != null;
  const viewer: Viewer = {
    user: session?.user ?? null,
    session,
    sessionToken: session ? sessionToken : null,
    staffRoles: secondFactorPassed ? (session?.staffRoles ?? []) : [],
    pendingSecondFactor: hasStaffRoles && !secondFactorPassed,
  };
  context.set(viewerContext, viewer);

  if (!SAFE_METHODS.has(request.method)) {
    const token = request.headers.get("x-csrf-token") ?? (await formToken(request));
    if (!verifyCsrf(services.signingSecret, existingSeed, token)) {
      await writeAudit(services.db, {
        tenantId: tenant.id,
        actor: requestActor(viewer.user, ip),
        entityType: "request",
        entityId: auditPath(new URL(request.url).pathname),
        action: "csrf.refused",
      });
      throw data({ messageKey: "error.csrf" }, { status: 403 });
    }
  }

  const response = await next();
  if (response.status === 403) {
    await writeAudit(services.db, {
      tenantId: tenant.id,
      actor: requestActor(viewer.user, ip),
      entityType: "request",
      entityId: auditPath(new URL(request.url).pathname),
      action: "access.denied",
    });
  }
  // Only pages carry forms; API answers and downloads stay free of cookies so caches may keep them.
  const isPage = (response.headers.get("content-type") ?? "").startsWith("text/html");
  if (existingSeed !== csrfSeed && isPage) {
    response.headers.append(
      "Set-Cookie",
      serializeCookie(CSRF_COOKIE, csrfSeed, {
        secure: services.env.COOKIE_SECURE,
        maxAgeSeconds: 60 * 60 * 24 * 30,
      }),
    );
  }
  return response;
};

async function formToken(request: Request): Promise<string | null> {
  const type = request.headers.get("content-type") ?? "";
  // An upload is never buffered here, before its route has checked its size: the token is read
  // from the body's first part only (PostForm puts it first), a few kilobytes at most.
  if (type.includes("multipart/form-data")) return readFirstMultipartField(request, CSRF_FIELD);
  if (!type.includes("application/x-www-form-urlencoded")) return null;
  try {
    return firstUrlencodedField(await request.clone().text(), CSRF_FIELD);
  } catch {
    return null;
  }
}

/**
 * The first value of a field in an urlencoded body, as `formData().get(name)` gives it, without
 * decoding the whole body: a section form posts hundreds of fields, and the action parses them
 * anyway; here only the token is wanted. A segment that may hold the field is decoded by
 * URLSearchParams itself, so escapes and "+" mean the same as there.
 */
export function firstUrlencodedField(body: string, name: string): string | null {
  let start = 0;
  while (start < body.length) {
    const amp = body.indexOf("&", start);
    const end = amp === -1 ? body.length : amp;
    const segment = body.slice(start, end);
    const eq = segment.indexOf("=");
    const rawKey = eq === -1 ? segment : segment.slice(0, eq);
    if (rawKey === name || /[%+]/.test(rawKey)) {
      const value = new URLSearchParams(segment).get(name);
      if (value !== null) return value;
    }
    start = end + 1;
  }
  return null;
}
