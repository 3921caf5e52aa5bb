import { type RouterContextProvider, redirect } from "react-router";
import type { IdentityDeps, SessionRef } from "~/domain/identity/deps";
import { isReauthFresh, type SecondFactorStep, secondFactorStep } from "~/domain/identity/policy";
import { serializeCookie } from "~/platform/auth/cookies";
import { SESSION_COOKIE } from "~/platform/auth/session.server";
import { servicesContext, tenantContext, viewerContext } from "../contexts";
import { actorOf, requireUser } from "../guards.server";

/*
 * Server helpers shared by the identity route modules (login, account pages). They belong with
 * app/lib/guards.server.ts; kept here while that file is owned by someone else.
 */

type Context = Readonly<RouterContextProvider>;

/** Database, clock, municipality and actor of this request, as the identity use cases take them. */
export function identityDeps(context: Context): IdentityDeps {
  const { db, clock } = context.get(servicesContext);
  const tenant = context.get(tenantContext);
  return { db, clock, tenant: { id: tenant.id, name: tenant.name }, actor: actorOf(context) };
}

function here(request: Request): string {
  const url = new URL(request.url);
  return encodeURIComponent(url.pathname + url.search);
}

/**
 * The second step of logging in this session still owes: "verify" (type a code), "setup" (a staff
 * member without TOTP sets it up first) or null (nothing owed, or nobody logged in).
 */
export function pendingSecondFactor(context: Context): Exclude<SecondFactorStep, "none"> | null {
  const { user, session } = context.get(viewerContext);
  if (!user || !session || session.secondFactorAt !== null) return null;
  const step = secondFactorStep({ isStaff: session.staffRoles.length > 0, totpEnabled: user.totpEnabled });
  return step === "none" ? null : step;
}

/** Where the second step of logging in lives, coming back to `returnTo` afterwards. */
export function secondFactorUrl(step: Exclude<SecondFactorStep, "none">, returnTo: string): string {
  const path = step === "verify" ? "/logowanie/2fa" : "/logowanie/2fa/konfiguracja";
  return `${path}?returnTo=${encodeURIComponent(returnTo)}`;
}

/**
 * A logged-in person who has passed the second factor if they must use one (staff of this
 * municipality, or anyone with TOTP on); otherwise to the login page or its second step.
 */
export function requireAccount(context: Context, request: Request) {
  const { viewer, user, session } = requireUser(context, request);
  const pending = pendingSecondFactor(context);
  if (pending) {
    const url = new URL(request.url);
    throw redirect(secondFactorUrl(pending, url.pathname + url.search));
  }
  const ref: SessionRef = { userId: user.id, sessionIdHash: session.idHash };
  return { viewer, user, session, ref, isStaff: session.staffRoles.length > 0 };
}

/** As requireAccount, and the password typed again recently; otherwise to the confirmation page. */
export function requireFreshAccount(context: Context, request: Request) {
  const account = requireAccount(context, request);
  const now = context.get(servicesContext).clock.now();
  if (!isReauthFresh(account.session.reauthenticatedAt, now)) {
    throw redirect(`/konto/potwierdz?returnTo=${here(request)}`);
  }
  return account;
}

/** The viewer's session token, if the request came with a live one. */
export function currentSessionToken(context: Context): string | null {
  return context.get(viewerContext).sessionToken;
}

/** What a refused form gets back to refill: never passwords, codes or secrets. */
export function withoutSecrets(values: Record<string, string>): Record<string, string> {
  const { password: _password, code: _code, secret: _secret, ...rest } = values;
  return rest;
}

/** The Set-Cookie value for a new session (HttpOnly, SameSite=Lax, Secure from COOKIE_SECURE). */
export function sessionCookie(context: Context, token: string, expiresAt: Date): string {
  const { env, clock } = context.get(servicesContext);
  const maxAgeSeconds = Math.max(0, Math.floor((expiresAt.getTime() - clock.now().getTime()) / 1000));
  return serializeCookie(SESSION_COOKIE, token, { secure: env.COOKIE_SECURE, maxAgeSeconds });
}

/** The Set-Cookie value that removes the session cookie. */
export function clearedSessionCookie(context: Context): string {
  const { env } = context.get(servicesContext);
  return serializeCookie(SESSION_COOKIE, "", { secure: env.COOKIE_SECURE, maxAgeSeconds: 0 });
}
