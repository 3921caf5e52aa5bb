import type { Actor } from "~/platform/audit/write-audit.server";
import type { Clock } from "~/platform/clock/clock";
import type { Db } from "~/platform/db/client.server";

/** The municipality a request came through: audit entries and mails carry it. */
export interface TenantRef {
  id: string;
  name: string;
}

/** What every identity use case receives besides its input. */
export interface IdentityDeps {
  db: Db;
  clock: Clock;
  tenant: TenantRef;
  /** Who asks (anonymous with an IP before logging in). */
  actor: Actor;
}

/** The signed-in person and the session their request came with. */
export interface SessionRef {
  userId: string;
  sessionIdHash: string;
}

/** The audit actor for a person, keeping the IP of the request. */
export function actorFor(user: { id: string; email: string }, ip: string | null): Actor {
  return { userId: user.id, label: user.email, ip };
}

/** An absolute link for a mail: APP_URL (without a trailing slash) and a path. */
export function linkTo(appUrl: string, path: string): string {
  return `${appUrl.replace(/\/+$/, "")}${path}`;
}

/** E-mail addresses are compared and stored trimmed and lowercased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
