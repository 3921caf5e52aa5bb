import { renderToString } from "react-dom/server";
import { createRoutesStub, RouterContextProvider } from "react-router";
import { expect } from "vitest";
import {
  preferencesContext,
  requestInfoContext,
  servicesContext,
  tenantContext,
  viewerContext,
} from "~/app/lib/contexts";
import { TEST_APP_URL } from "~/domain/offers/testing/factories";
import type { Clock } from "~/platform/clock/clock";
import type { Db } from "~/platform/db/client.server";
import type { Services } from "~/platform/services.server";
import type { Tenant } from "~/platform/tenancy/resolve-tenant.server";

/*
 * What the route tests share: a request context for a person (or a visitor) with the services,
 * the tenant and the staff roles, a loader or action called with a form (urlencoded or multipart)
 * and settled into status, data, redirect and response, and a page rendered from its data.
 */

export type Person = { id: string; email: string; name: string };
export type StaffRoles = { role: "officer" | "coordinator" | "admin"; departmentId: string | null }[];

export interface RouteContextOptions {
  clock: Clock;
  /** Settings beside APP_URL (the test application's address). */
  env?: Record<string, unknown>;
  /** A person with staff roles signs in with a second factor. */
  staffRoles?: StaffRoles;
}

/** The router context a loader or action receives for `person` (null: a visitor). */
export function routeContext(
  db: Db,
  tenant: Tenant,
  person: Person | null,
  { clock, env = {}, staffRoles = [] }: RouteContextOptions,
): RouterContextProvider {
  const ctx = new RouterContextProvider();
  ctx.set(servicesContext, { db, clock, env: { APP_URL: TEST_APP_URL, ...env } } as unknown as Services);
  ctx.set(tenantContext, tenant);
  ctx.set(preferencesContext, { locale: "pl", fontScale: "normal", highContrast: false });
  ctx.set(requestInfoContext, {
    requestId: "t",
    ip: "127.0.0.1",
    userAgent: null,
    csrfSeed: "",
    csrfToken: "",
  });
  const user = person
    ? { ...person, emailVerified: true, totpEnabled: staffRoles.length > 0, locale: "pl" }
    : null;
  ctx.set(viewerContext, {
    user,
    session: user ? ({ idHash: "x", user, expiresAt: new Date("2030-01-01") } as never) : null,
    sessionToken: user ? "x" : null,
    staffRoles,
    pendingSecondFactor: false,
  } as never);
  return ctx;
}

export interface Settled {
  status: number;
  data: unknown;
  location: string | null;
  response: Response | null;
}

/** A loader's or action's outcome, whether returned or thrown (a redirect, a refusal, data). */
export async function settle(promise: unknown): Promise<Settled> {
  try {
    const value = await promise;
    if (value instanceof Response)
      return { status: value.status, data: null, location: value.headers.get("location"), response: value };
    const init = (value as { init?: { status?: number } }).init;
    const data = (value as { data?: unknown }).data ?? value;
    return { status: init?.status ?? 200, data, location: null, response: null };
  } catch (error) {
    if (error instanceof Response)
      return { status: error.status, data: null, location: error.headers.get("location"), response: error };
    const e = error as { init?: { status?: number }; data?: unknown };
    return { status: e.init?.status ?? 500, data: e.data, location: null, response: null };
  }
}

export type FormBody = Record<string, string> | [string, string][] | FormData;

/** Calls a loader (no body: GET) or an action (a body: POST, urlencoded or multipart) at `url`. */
export function callRoute(
  fn: (args: never) => unknown,
  ctx: RouterContextProvider,
  params: Record<string, string>,
  body?: FormBody,
  url = `${TEST_APP_URL}/x`,
): Promise<Settled> {
  const init = body
    ? { method: "POST", body: body instanceof FormData ? body : new URLSearchParams(body) }
    : { method: "GET" };
  return settle(fn({ request: new Request(url, init), params, context: ctx } as never));
}

export type RoutePage = (props: never) => React.ReactNode;

/** The page's HTML rendered from its loader's (and action's) data. */
export function renderRoute(Page: RoutePage, loaderData: unknown, actionData?: unknown): string {
  const Harness = () => Page({ loaderData, actionData, params: {}, matches: [] } as never);
  const Stub = createRoutesStub([{ id: "root", path: "/", Component: Harness }]);
  return renderToString(<Stub initialEntries={["/"]} />);
}

/** A page as every page must be: one h1, a title, no untranslated key matching `rawKey` left. */
export function expectPage(html: string, rawKey: RegExp): void {
  expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  expect(html).toMatch(/<title>[^<]+<\/title>/);
  expect(html).not.toMatch(rawKey);
}

/** A renderer of an area's pages: each page rendered, checked by expectPage, its HTML returned. */
export function pageRenderer(rawKey: RegExp) {
  return (Page: RoutePage, loaderData: unknown, actionData?: unknown): string => {
    const html = renderRoute(Page, loaderData, actionData);
    expectPage(html, rawKey);
    return html;
  };
}
