import type { ReactNode } from "react";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
} from "react-router";
import type { Route } from "./+types/root";
import { AppFooter } from "./components/app-footer";
import { AppHeader } from "./components/app-header";
import { preferencesContext, requestInfoContext, tenantContext, viewerContext } from "./lib/contexts";
import { rootMiddleware } from "./lib/root-middleware.server";
import { type ShellData, useShell, useT } from "./lib/shell";
import "./styles/app.css";

export const middleware: Route.MiddlewareFunction[] = [rootMiddleware];

export async function loader({ context }: Route.LoaderArgs): Promise<ShellData> {
  const tenant = context.get(tenantContext);
  const viewer = context.get(viewerContext);
  const roles = viewer.session?.staffRoles ?? [];
  return {
    tenant: { name: tenant.name, bipUrl: tenant.bipUrl, logoUrl: tenant.logoUrl },
    viewer: viewer.user
      ? {
          name: viewer.user.name,
          email: viewer.user.email,
          isStaff: viewer.staffRoles.length > 0,
          isAdmin: viewer.staffRoles.some((r) => r.role === "admin"),
          isCoordinator: viewer.staffRoles.some((r) => r.role === "coordinator"),
          pendingSecondFactor: viewer.pendingSecondFactor && roles.length > 0,
        }
      : null,
    preferences: context.get(preferencesContext),
    csrfToken: context.get(requestInfoContext).csrfToken,
  };
}

export function Layout({ children }: { children: ReactNode }) {
  const { preferences } = useShell();
  const classes = [`font-${preferences.fontScale}`, preferences.highContrast ? "high-contrast" : ""]
    .join(" ")
    .trim();
  return (
    <html lang={preferences.locale} className={classes}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="deklaracja-dostępności" content="/deklaracja-dostepnosci" />
        <link rel="alternate" type="application/rss+xml" title="RSS" href="/news.xml" />
        <link rel="alternate" type="application/atom+xml" title="Atom" href="/news.atom" />
        <link rel="alternate" type="text/calendar" title="iCalendar" href="/kalendarz.ics" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

function Shell({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("shell.skipToContent")}
      </a>
      <AppHeader />
      <main id="main" tabIndex={-1} className="container">
        {children}
      </main>
      <AppFooter />
    </>
  );
}

export default function App() {
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const known = [403, 404, 503].includes(status) ? status : status === 401 ? 403 : 500;
  return (
    <Shell>
      <title>{`${t(`error.${known}.title`)} — ${t("app.name")}`}</title>
      <h1>{t(`error.${known}.title`)}</h1>
      <p>
        {isRouteErrorResponse(error) && typeof error.data?.messageKey === "string"
          ? t(error.data.messageKey)
          : t(`error.${known}.body`)}
      </p>
      <p>
        <a href="/">{t("error.backHome")}</a>
      </p>
    </Shell>
  );
}
