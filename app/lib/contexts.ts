import { createContext } from "react-router";
import type { LoadedSession, SessionUser, StaffRole } from "~/platform/auth/session.server";
import type { Services } from "~/platform/services.server";
import type { Tenant } from "~/platform/tenancy/resolve-tenant.server";
import type { Locale } from "../i18n/catalog";

/** Per-process services (database, clock, logger), set by server/main.ts. */
export const servicesContext = createContext<Services>();

/** The client's address as the HTTP server saw it (after trusted proxies), set by server/main.ts. */
export const clientIpContext = createContext<string>("");

export interface RequestInfo {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  /** The browser's CSRF seed (cookie) and the token forms must carry. */
  csrfSeed: string;
  csrfToken: string;
}
export const requestInfoContext = createContext<RequestInfo>();

export const tenantContext = createContext<Tenant>();

export interface Preferences {
  locale: Locale;
  fontScale: "small" | "normal" | "large" | "xlarge";
  highContrast: boolean;
}
export const preferencesContext = createContext<Preferences>();

/** Who is asking. Staff roles count only after the second factor was passed in this session. */
export interface Viewer {
  user: SessionUser | null;
  session: LoadedSession | null;
  sessionToken: string | null;
  staffRoles: { role: StaffRole; departmentId: string | null }[];
  /** A staff member who has logged in with the password but not yet with the second factor. */
  pendingSecondFactor: boolean;
}
export const viewerContext = createContext<Viewer>();
