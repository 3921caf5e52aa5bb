import type { Request } from "express";
import { auditPath, requestActor, writeAudit } from "../platform/audit/write-audit.server";
import { parseCookies } from "../platform/auth/cookies";
import { loadSession, SESSION_COOKIE } from "../platform/auth/session.server";
import type { Services } from "../platform/services.server";
import { resolveTenantCached } from "../platform/tenancy/resolve-tenant.server";

/**
 * The audit line of a form refused for its size before any route ran (server/react-router-handler):
 * in the tenant of the host, by the signed-in person when the session cookie is valid, on the path
 * (tokens masked, as the root middleware's refusals) with the declared length. Never throws: the refusal has been answered already.
 */
export async function auditOversizedForm(services: Services, req: Request): Promise<void> {
  try {
    const tenant = await resolveTenantCached(
      services.db,
      req.get("host") ?? null,
      services.env.DEFAULT_TENANT,
    );
    const token = parseCookies(req.get("cookie") ?? null)[SESSION_COOKIE];
    const session = tenant ? await loadSession(services.db, token, tenant.id, services.clock.now()) : null;
    await writeAudit(services.db, {
      tenantId: tenant?.id ?? null,
      actor: requestActor(session?.user, req.ip ?? null),
      entityType: "request",
      entityId: null,
      action: "request.bodyTooLarge",
      after: {
        method: req.method,
        path: auditPath(req.path),
        declaredBytes: req.get("content-length") ?? null,
      },
    });
  } catch (error) {
    services.logger.error({ err: error }, "Nie zapisano wpisu audytu");
  }
}
